namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// A script text with loadgen's placeholders: <c>{conv}</c> (the conversation's number), <c>{turn}</c> (the
/// conversation's turn count so far) and <c>{cycle}</c> (how often it ran the script), rendered without allocating.
/// </summary>
internal sealed class MessageTemplate
{
    private enum Part { Literal, Conversation, Turn, Cycle }

    private readonly (Part Part, string Literal)[] _parts;

    private MessageTemplate((Part, string)[] parts) => _parts = parts;

    public static MessageTemplate Parse(string text)
    {
        var parts = new List<(Part, string)>();
        var rest = text.AsSpan();
        while (rest.IndexOf('{') is var open and >= 0)
        {
            var close = rest[open..].IndexOf('}');
            if (close < 0)
            {
                break;
            }
            var part = rest.Slice(open + 1, close - 1) switch
            {
                "conv" => Part.Conversation,
                "turn" => Part.Turn,
                "cycle" => Part.Cycle,
                var other => throw new InvalidDataException($"Unknown placeholder {{{other}}} in script text \"{text}\"."),
            };
            parts.Add((Part.Literal, rest[..open].ToString()));
            parts.Add((part, string.Empty));
            rest = rest[(open + close + 1)..];
        }
        parts.Add((Part.Literal, rest.ToString()));
        return new MessageTemplate([.. parts]);
    }

    /// <summary>Writes the text into <paramref name="destination"/> and returns the written part.</summary>
    public ReadOnlySpan<char> Render(Span<char> destination, int conversation, int turn, int cycle)
    {
        var written = 0;
        foreach (var (part, literal) in _parts)
        {
            var rest = destination[written..];
            var ok = part switch
            {
                Part.Literal => Append(literal, rest, ref written),
                Part.Conversation => Append(conversation, rest, ref written),
                Part.Turn => Append(turn, rest, ref written),
                _ => Append(cycle, rest, ref written),
            };
            if (!ok)
            {
                throw new InvalidOperationException("A script text does not fit the message buffer.");
            }
        }
        return destination[..written];
    }

    private static bool Append(string literal, Span<char> destination, ref int written)
    {
        if (!literal.AsSpan().TryCopyTo(destination))
        {
            return false;
        }
        written += literal.Length;
        return true;
    }

    private static bool Append(int value, Span<char> destination, ref int written)
    {
        if (!value.TryFormat(destination, out var length))
        {
            return false;
        }
        written += length;
        return true;
    }
}
