using System.Text.Json;
using ReviewBot.Builder.State;
using ReviewBot.Interview.Workspace;

namespace ReviewBot.Interview.Tests.Workspace;

/// <summary>The draft list is stored with the turn state; what earlier releases stored must keep reading the same.</summary>
public sealed class DraftIndexJsonTests
{
    [Fact]
    public void A_stored_draft_list_reads_back_with_every_field()
    {
        const string stored = """
            {"drafts":[{"id":"a1","title":"某市司法局党组·2023年度班子材料","updatedAt":"2026-11-28T11:12:53.2987188+00:00"}],
             "activeDraftId":"a1","progress":{"a1":{"stage":1,"aspectIndex":3},"b2":{"stage":4}}}
            """;

        var index = JsonSerializer.Deserialize<DraftIndex>(stored, StateBag.JsonOptions)!;

        var summary = Assert.Single(index.Drafts);
        Assert.Equal(new DraftSummary("a1", "某市司法局党组·2023年度班子材料", new DateTimeOffset(2026, 11, 28, 11, 12, 53, TimeSpan.Zero).AddTicks(2987188)), summary);
        Assert.Equal("a1", index.ActiveDraftId);
        Assert.Equal(new InterviewProgress(InterviewStage.Aspects, 3), index.Progress["a1"]);
        Assert.Equal(new InterviewProgress(InterviewStage.Review), index.Progress["b2"]);
    }

    [Fact]
    public void A_draft_list_written_and_read_again_is_unchanged()
    {
        var index = new DraftIndex { ActiveDraftId = "x" };
        index.PutFirst(new DraftSummary("x", "标题", DateTimeOffset.UnixEpoch.AddDays(20000)));
        index.SetProgress("x", new InterviewProgress(InterviewStage.Measures, 2));

        var json = JsonSerializer.Serialize(index, StateBag.JsonOptions);
        var again = JsonSerializer.Deserialize<DraftIndex>(json, StateBag.JsonOptions)!;

        Assert.Equal(index.Drafts, again.Drafts);
        Assert.Equal(index.Progress, again.Progress);
        Assert.Equal(json, JsonSerializer.Serialize(again, StateBag.JsonOptions));
    }

    [Fact]
    public void A_loaded_list_reports_a_change_only_after_one()
    {
        var index = JsonSerializer.Deserialize<DraftIndex>("""{"drafts":[{"id":"a","title":"甲","updatedAt":"2026-01-01T00:00:00+00:00"}],"activeDraftId":"a","progress":{"a":{"stage":1}}}""", StateBag.JsonOptions)!;
        Assert.False(index.HasChanges);

        index.ActiveDraftId = "a";
        index.SetProgress("a", new InterviewProgress(InterviewStage.Aspects));
        Assert.False(index.Remove("missing"));
        Assert.False(index.HasChanges);

        index.SetProgress("a", new InterviewProgress(InterviewStage.Aspects, 1));
        Assert.True(index.HasChanges);
    }

    [Theory]
    [InlineData("active")]
    [InlineData("put")]
    [InlineData("remove")]
    [InlineData("progress")]
    public void Every_change_is_reported(string change)
    {
        var index = JsonSerializer.Deserialize<DraftIndex>("""{"drafts":[{"id":"a","title":"甲","updatedAt":"2026-01-01T00:00:00+00:00"}],"activeDraftId":"a"}""", StateBag.JsonOptions)!;

        switch (change)
        {
            case "active": index.ActiveDraftId = null; break;
            case "put": index.PutFirst(new DraftSummary("a", "甲", DateTimeOffset.UnixEpoch)); break;
            case "remove": Assert.True(index.Remove("a")); break;
            default: index.SetProgress("b", new InterviewProgress(InterviewStage.Preamble)); break;
        }

        Assert.True(index.HasChanges);
    }
}
