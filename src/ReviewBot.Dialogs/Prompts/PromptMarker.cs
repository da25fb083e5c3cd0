using System.Security.Cryptography;
using System.Text;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// A short stamp of one question (its text and choices), put into every card button the prompt renders
/// (<see cref="PromptInput.AskedField"/>). A click whose stamp differs from the open question's came from an older card —
/// an answered question, or one that was asked again with other content — and is not taken as an answer to this one.
/// Cards without a stamp (older cards, cards built by hand) are read as before.
/// </summary>
public static class PromptMarker
{
    public static string Of(PromptOptions options, IEnumerable<string> choiceValues)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(choiceValues);
        var material = string.Join('\u001f', choiceValues.Prepend(options.Prompt?.Text ?? string.Empty));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material)), 0, 6).ToLowerInvariant();
    }
}
