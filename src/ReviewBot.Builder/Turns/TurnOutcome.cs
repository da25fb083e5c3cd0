using System.Text.Json;

namespace ReviewBot.Builder.Turns;

/// <summary>What the messaging endpoint answers for one inbound activity.</summary>
public sealed record TurnOutcome(int Status, JsonElement? Body = null, bool Duplicate = false)
{
    public static TurnOutcome Ok { get; } = new(200);
}
