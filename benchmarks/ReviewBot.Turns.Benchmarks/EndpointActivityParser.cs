using System.Reflection;
using ReviewBot.Host;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// The messaging endpoint's own body parsing (<c>ActivityRequestReader.Parse</c>: BOM, UTF-8 check, deserialization,
/// the shape check), reached by reflection because the host keeps it internal. Fails at start-up if it was renamed.
/// </summary>
internal sealed class EndpointActivityParser
{
    private const string ReaderType = "ReviewBot.Host.Messaging.ActivityRequestReader";

    private readonly ParseBody _parse;
    private readonly PropertyInfo _activity;
    private readonly PropertyInfo _reason;

    public EndpointActivityParser()
    {
        var reader = typeof(ReviewBotWebApp).Assembly.GetType(ReaderType)
            ?? throw new MissingMemberException($"{ReaderType} not found; update the turn benchmark's parser.");
        var parse = reader.GetMethod("Parse", BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.Static, [typeof(ReadOnlySpan<byte>)])
            ?? throw new MissingMethodException(ReaderType, "Parse(ReadOnlySpan<byte>)");
        _parse = parse.CreateDelegate<ParseBody>();
        _activity = parse.ReturnType.GetProperty("Activity") ?? throw new MissingMemberException(parse.ReturnType.Name, "Activity");
        _reason = parse.ReturnType.GetProperty("Reason") ?? throw new MissingMemberException(parse.ReturnType.Name, "Reason");
    }

    private delegate object ParseBody(ReadOnlySpan<byte> body);

    public Activity Parse(ReadOnlySpan<byte> body)
    {
        var result = _parse(body);
        return _activity.GetValue(result) as Activity
            ?? throw new InvalidOperationException($"The messaging endpoint would refuse the benchmark's activity: {_reason.GetValue(result)}");
    }
}
