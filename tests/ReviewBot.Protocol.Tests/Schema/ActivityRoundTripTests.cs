using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Protocol.Tests.Schema;

/// <summary>
/// Recorded Agents Playground payloads and hand-written Teams payloads survive deserialize → serialize: every non-null
/// field (known or not, at any depth) comes back with the same value, nulls in known fields are dropped, nothing is added.
/// </summary>
public sealed class ActivityRoundTripTests
{
    private static readonly string[] DateFields = ["timestamp", "localTimestamp", "expiration"];

    public static TheoryData<string> PayloadFiles() => new(Files());

    private static IEnumerable<string> Files()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "Payloads");
        return Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(root, file))
            .Order(StringComparer.Ordinal);
    }

    [Fact]
    public void All_recorded_and_hand_written_payloads_are_present()
    {
        var files = Files().ToList();
        Assert.Equal(17, files.Count(f => f.StartsWith("Playground", StringComparison.Ordinal)));
        Assert.Equal(6, files.Count(f => f.StartsWith("Teams", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(PayloadFiles))]
    public void Round_trip_keeps_every_non_null_field_and_adds_nothing(string file)
    {
        var (original, written) = RoundTrip(file);

        var expected = WithoutNulls(original)!;
        var actual = WithoutNulls(written)!;
        foreach (var field in DateFields)
        {
            AssertSameInstantAndOffset(expected, actual, field);
        }
        Assert.True(JsonNode.DeepEquals(expected, actual),
            $"{file} changed in the round trip.\nexpected: {expected.ToJsonString()}\nactual:   {actual.ToJsonString()}");
    }

    [Theory]
    [MemberData(nameof(PayloadFiles))]
    public void Known_fields_are_read_into_their_typed_properties(string file)
    {
        var activity = JsonSerializer.Deserialize<Activity>(File.ReadAllText(PathOf(file)), ProtocolJson.Options)!;

        Assert.False(string.IsNullOrEmpty(activity.Type));
        Assert.False(string.IsNullOrEmpty(activity.Conversation?.Id));
        Assert.False(string.IsNullOrEmpty(activity.ServiceUrl));
        Assert.Equal(Channels.MsTeams, activity.ChannelId);
        Assert.DoesNotContain(activity.ExtensionData?.Keys.ToList() ?? [], key => key is "type" or "conversation" or "serviceUrl" or "channelData");
    }

    [Fact]
    public void Unknown_fields_are_kept_at_every_level()
    {
        var (_, written) = RoundTrip("Teams/teams-personal-message.json");

        Assert.Equal("wangfang@contoso.example", (string?)written["from"]!["userPrincipalNameHint"]);
        Assert.True((bool)written["conversation"]!["futureConversationFlag"]!);
        Assert.Equal("custom", (string?)written["recipient"]!["botKind"]);
        Assert.True((bool)written["attachments"]![0]!["renderHint"]!["compact"]!);
        Assert.Equal("touch", (string?)written["entities"]![0]!["deviceClass"]!["pointer"]![1]);
        Assert.Equal("apac", (string?)written["channelData"]!["tenant"]!["region"]);
        Assert.Equal(2.5, (double)written["legacy"]!["flags"]![1]!);
    }

    [Fact]
    public void Null_in_a_known_field_is_omitted_and_null_in_free_form_json_is_kept()
    {
        var (original, written) = RoundTrip("Teams/teams-personal-message.json");

        Assert.True(original.AsObject().ContainsKey("replyToId"));
        Assert.False(written.AsObject().ContainsKey("replyToId"));
        Assert.True(written["channelData"]!.AsObject().ContainsKey("source"));
        Assert.Null(written["channelData"]!["source"]);
        Assert.Null(written["legacy"]!["flags"]![3]);
    }

    [Fact]
    public void Large_numbers_and_number_spelling_in_values_are_kept_verbatim()
    {
        var json = File.ReadAllText(PathOf("Teams/teams-card-submit.json"));
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;

        var written = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Contains("\"n\":12345678901234567890", written, StringComparison.Ordinal);
        Assert.Contains("\"f\":1.50", written, StringComparison.Ordinal);
        Assert.Contains("需要补充\\\"具体事例\\\"\\n第二行", written, StringComparison.Ordinal);
    }

    private static (JsonNode Original, JsonNode Written) RoundTrip(string file)
    {
        var json = File.ReadAllText(PathOf(file));
        var activity = JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options)!;
        return (JsonNode.Parse(json)!, JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!);
    }

    private static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Payloads", file);

    private static JsonNode? WithoutNulls(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, WithoutNulls(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(WithoutNulls)]),
        _ => node?.DeepClone(),
    };

    // Dates are compared as instants with their offsets and then set aside: "Z" may come back as "+00:00".
    private static void AssertSameInstantAndOffset(JsonNode expected, JsonNode actual, string field)
    {
        if (expected[field] is not JsonValue expectedValue)
        {
            Assert.Null(actual[field]);
            return;
        }
        var before = DateTimeOffset.Parse((string)expectedValue!, System.Globalization.CultureInfo.InvariantCulture);
        var after = DateTimeOffset.Parse((string)actual[field]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(before, after);
        Assert.Equal(before.Offset, after.Offset);
        expected.AsObject().Remove(field);
        actual.AsObject().Remove(field);
    }
}
