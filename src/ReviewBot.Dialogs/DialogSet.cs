using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs;

/// <summary>
/// A registry of dialogs by id. The root set loads the stack from conversation state property
/// <see cref="DialogState.PropertyName"/>; component dialogs own inner sets whose stacks live in their instance state.
/// </summary>
public sealed class DialogSet
{
    /// <summary>Sent (once per turn) when a stored dialog no longer matches its definition and starts again.</summary>
    public const string DefaultRestartMessage = "这一部分的流程已更新，我们从这一步重新开始，已填写的内容不受影响。";

    /// <summary>Sent when a button of an older card is clicked while another question is open; the open question follows.</summary>
    public const string DefaultStaleCardMessage = "这个按钮来自之前的一张卡片，那个问题已经答过或换了内容，这次点击没有生效。当前的问题是：";

    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(ILogger? logger = null) => Logger = logger ?? NullLogger.Instance;

    public ILogger Logger { get; }

    /// <summary>The message sent when a dialog restarts after its definition changed or was removed.</summary>
    public string RestartMessage { get; set; } = DefaultRestartMessage;

    /// <summary>The message sent before the open question when a button of an older card is clicked.</summary>
    public string StaleCardMessage { get; set; } = DefaultStaleCardMessage;

    /// <summary>Adds a dialog; ids are unique within a set.</summary>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with id '{dialog.Id}' is already in this set.", nameof(dialog));
        }
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);

    public IEnumerable<Dialog> GetDialogs() => _dialogs.Values;

    /// <summary>
    /// The root dialog context of this turn. A stored stack that cannot be read at all is dropped (with the restart
    /// message) rather than failing the turn.
    /// </summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        DialogTurnScope.Start(turnContext, this);
        var bag = turnContext.State.Conversation;
        DialogState state;
        try
        {
            state = bag.GetOrAdd(DialogState.PropertyName, () => new DialogState(), DialogStateJson.Read);
            state.DialogStack ??= [];
        }
        catch (JsonException ex)
        {
            DialogsLog.StackUnreadable(Logger, ex);
            bag.Remove(DialogState.PropertyName);
            state = bag.GetOrAdd(DialogState.PropertyName, () => new DialogState());
            var dc = new DialogContext(this, turnContext, state);
            await dc.NotifyRestartAsync(cancellationToken).ConfigureAwait(false);
            return dc;
        }
        return new DialogContext(this, turnContext, state);
    }
}
