using System.Text.Json;
using ReviewBot.Builder.Turns;

namespace ReviewBot.Dialogs.Tests.Support;

/// <summary>A dialog built from delegates, recording what happens to it.</summary>
internal sealed class RecordingDialog(string id) : Dialog(id)
{
    public List<string> Events { get; } = [];

    public Func<DialogContext, JsonElement?, Task<DialogTurnResult>>? OnBegin { get; init; }

    public Func<DialogContext, Task<DialogTurnResult>>? OnContinue { get; init; }

    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, JsonElement? options, CancellationToken cancellationToken = default)
    {
        Events.Add($"begin:{options?.GetRawText() ?? "null"}");
        return OnBegin?.Invoke(dc, options) ?? Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        Events.Add($"continue:{dc.Context.Activity.Text}");
        return OnContinue?.Invoke(dc) ?? dc.EndDialogAsync($"done:{dc.Context.Activity.Text}", cancellationToken);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, JsonElement? result, CancellationToken cancellationToken = default)
    {
        Events.Add($"resume:{reason}:{result?.GetRawText() ?? "null"}");
        return Task.FromResult(EndOfTurn);
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        Events.Add("reprompt");
        return Task.CompletedTask;
    }

    public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        Events.Add($"end:{reason}");
        return Task.CompletedTask;
    }
}

internal sealed class StepLog
{
    public List<string> Steps { get; set; } = [];
    public string? Name { get; set; }
    public int Age { get; set; }
}
