using System.Text.Json;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Drafts.Tests.Model;

public sealed class ModelUsageTests
{
    [Fact]
    public void Usage_adds_up_and_reads_as_one_Chinese_line()
    {
        var usage = new ModelUsage(2, 0, 1, 9000, 3000).Add(new ModelUsage(1, 2, 0, 500, 10)).Add(null);

        Assert.Equal(new ModelUsage(3, 2, 1, 9500, 3010), usage);
        Assert.Equal("模型用量：3 次调用，12,510 tokens（缓存命中 2 次，内置兜底 1 次）", usage.ToChineseSummary());
        Assert.False(usage.IsZero);
        Assert.True(ModelUsage.Zero.IsZero);
    }

    [Fact]
    public void A_draft_keeps_its_usage_through_JSON_and_an_old_draft_without_it_reads_as_none()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var draft = new Draft
        {
            Id = "d1", Title = "t",
            Setup = new DraftSetup { Kind = SubjectKind.Team, FrameworkId = "f", MeetingTitle = "m", UnitName = "u", Year = 2024 },
            ModelUsage = new ModelUsage(1, 0, 0, 100, 20),
        };

        var json = JsonSerializer.Serialize(draft, options);
        var old = JsonSerializer.Deserialize<Draft>(json.Replace("\"modelUsage\"", "\"unused\"", StringComparison.Ordinal), options);

        Assert.Equal(draft.ModelUsage, JsonSerializer.Deserialize<Draft>(json, options)!.ModelUsage);
        Assert.DoesNotContain("totalTokens", json, StringComparison.Ordinal);
        Assert.Null(old!.ModelUsage);
    }
}
