using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs;

/// <summary>Per-turn runtime settings shared by the root and all inner dialog contexts (kept in the turn's Items).</summary>
internal sealed class DialogTurnScope
{
    private const string ItemKey = "ReviewBot.Dialogs.TurnScope";

    /// <summary>More restarts than this in one turn means a definition that fails on every begin: a bug, not a deploy.</summary>
    public const int MaxRestartsPerTurn = 8;

    public string RestartMessage { get; init; } = DialogSet.DefaultRestartMessage;
    public string StaleCardMessage { get; init; } = DialogSet.DefaultStaleCardMessage;
    public ILogger Logger { get; init; } = NullLogger.Instance;
    public bool RestartNotified { get; set; }
    public int Restarts { get; set; }

    public static DialogTurnScope Of(ITurnContext turnContext)
    {
        if (turnContext.Items.TryGetValue(ItemKey, out var existing) && existing is DialogTurnScope scope)
        {
            return scope;
        }
        var created = new DialogTurnScope();
        turnContext.Items[ItemKey] = created;
        return created;
    }

    /// <summary>Records the root set's settings for this turn (the first root context of a turn wins).</summary>
    public static void Start(ITurnContext turnContext, DialogSet rootSet) =>
        turnContext.Items.TryAdd(ItemKey, new DialogTurnScope { RestartMessage = rootSet.RestartMessage, StaleCardMessage = rootSet.StaleCardMessage, Logger = rootSet.Logger });
}
