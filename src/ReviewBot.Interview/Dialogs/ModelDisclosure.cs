using System.Security.Cryptography;
using System.Text;
using ReviewBot.Builder.Turns;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Dialogs;

/// <summary>
/// Tells each user once, before their material first goes to a model, where it goes and what is sent
/// (<see cref="PhraserInfo.Disclosure"/>). Remembered in the user's own state, so it is not repeated in other
/// conversations or after a restart; a different disclosure (another model or endpoint) is shown again.
/// Without a model nothing is shown and nothing is stored.
/// </summary>
public static class ModelDisclosure
{
    public const string Property = "modelDisclosure";

    /// <returns>True when the disclosure was sent in this turn.</returns>
    public static async Task<bool> SendOnceAsync(ITurnContext turnContext, PhraserInfo info, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(info);
        if (string.IsNullOrWhiteSpace(info.Disclosure))
        {
            return false;
        }
        var fingerprint = Fingerprint(info.Disclosure);
        if (turnContext.State.User.Get<ModelDisclosureSeen>(Property)?.Fingerprint == fingerprint)
        {
            return false;
        }
        turnContext.State.User.Set(Property, new ModelDisclosureSeen(fingerprint, time.GetUtcNow()));
        await turnContext.SendActivityAsync(info.Disclosure, cancellationToken).ConfigureAwait(false);
        return true;
    }

    private static string Fingerprint(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}

/// <summary>Which disclosure the user has seen, and when.</summary>
public sealed record ModelDisclosureSeen(string Fingerprint, DateTimeOffset At);
