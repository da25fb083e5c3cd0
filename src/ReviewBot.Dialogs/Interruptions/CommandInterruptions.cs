using ReviewBot.Dialogs.Prompts;
using ReviewBot.Dialogs.Text;

namespace ReviewBot.Dialogs.Interruptions;

/// <summary>What a matched command does; it receives the component's inner context.</summary>
public delegate Task<DialogTurnResult> InterruptionAction(DialogContext innerDc, CancellationToken cancellationToken);

/// <summary>
/// Commands matched as whole answers (after <see cref="InputNormalizer.Normalize"/>), typed or sent by a button or
/// card (<see cref="PromptInput"/>). "帮助我写" is not "帮助".
/// </summary>
public sealed class CommandInterruptions : IInterruptionHandler
{
    private readonly Dictionary<string, InterruptionAction> _commands = new(StringComparer.Ordinal);

    /// <summary>Runs <paramref name="action"/> when the whole input is one of <paramref name="words"/>.</summary>
    public CommandInterruptions On(IEnumerable<string> words, InterruptionAction action)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(action);
        foreach (var word in words)
        {
            var key = InputNormalizer.Normalize(word);
            if (key.Length == 0 || !_commands.TryAdd(key, action))
            {
                throw new ArgumentException($"Command word '{word}' is empty or already registered.", nameof(words));
            }
        }
        return this;
    }

    public async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        if (PromptInput.From(innerDc.Context.Activity) is not { Text: { } text } input
            || !_commands.TryGetValue(InputNormalizer.Normalize(text), out var action))
        {
            return null;
        }
        if (input.Source == PromptInputSource.Invoke)
        {
            InvokeAnswers.Acknowledge(innerDc.Context);
        }
        return await action(innerDc, cancellationToken).ConfigureAwait(false);
    }
}
