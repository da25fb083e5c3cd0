using System.Globalization;
using System.Text.Json;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// The answer an activity carries, whatever way it was sent. The card convention: an answer object has one of the
/// string fields <c>answer</c>, <c>choice</c> or <c>text</c> (read in that order; numbers and booleans are read as
/// their invariant text). The object is <c>activity.value</c> for a card submit (a message with empty text),
/// <c>value.action.data</c> for an <c>adaptiveCard/action</c> invoke, and <c>value</c> for <c>suggestedAction/submit</c>.
/// Cards built by this library put the choice in <c>choice</c>; input cards should name their input <c>answer</c>.
/// </summary>
public sealed record PromptInput(string? Text, PromptInputSource Source)
{
    /// <summary>The stamp of the question the clicked card button belongs to; null for typed text and unstamped cards.</summary>
    public string? Asked { get; init; }

    public const string AnswerField = "answer";
    public const string ChoiceField = "choice";
    public const string TextField = "text";
    /// <summary>The <see cref="PromptMarker"/> of the question a card button belongs to (cards built by this library).</summary>
    public const string AskedField = "asked";
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";
    public const string SuggestedActionSubmitInvoke = "suggestedAction/submit";

    private static readonly string[] Fields = [AnswerField, ChoiceField, TextField];

    /// <summary>
    /// The activity's answer; null for activities that carry none (events, other invokes, conversation updates).
    /// A message always yields an input, possibly with null text (an empty message or a submit without a known field).
    /// </summary>
    public static PromptInput? From(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type == ActivityTypes.Message)
        {
            if (!string.IsNullOrWhiteSpace(activity.Text))
            {
                return new PromptInput(activity.Text.Trim(), PromptInputSource.Text);
            }
            return activity.Value is { ValueKind: JsonValueKind.Object } value
                ? new PromptInput(ReadAnswer(value), PromptInputSource.CardSubmit) { Asked = ReadAsked(value) }
                : new PromptInput(null, PromptInputSource.Text);
        }
        if (activity.Type != ActivityTypes.Invoke || activity.Value is not { ValueKind: JsonValueKind.Object } payload)
        {
            return null;
        }
        return activity.Name switch
        {
            AdaptiveCardActionInvoke when payload.TryGetProperty("action", out var action) && action.ValueKind == JsonValueKind.Object
                && action.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object =>
                new PromptInput(ReadAnswer(data), PromptInputSource.Invoke) { Asked = ReadAsked(data) },
            SuggestedActionSubmitInvoke => new PromptInput(ReadAnswer(payload), PromptInputSource.Invoke),
            _ => null,
        };
    }

    private static string? ReadAsked(JsonElement data) =>
        data.TryGetProperty(AskedField, out var asked) && asked.ValueKind == JsonValueKind.String && asked.GetString() is { Length: > 0 } stamp
            ? stamp
            : null;

    private static string? ReadAnswer(JsonElement data)
    {
        foreach (var field in Fields)
        {
            if (!data.TryGetProperty(field, out var value))
            {
                continue;
            }
            var text = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
                JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                return text.Trim();
            }
        }
        return null;
    }
}
