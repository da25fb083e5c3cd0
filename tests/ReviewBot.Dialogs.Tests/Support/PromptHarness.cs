using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Dialogs.Tests.Support;

/// <summary>A root that asks one prompt, then reports "结果：{json}" (or "放弃" when the prompt gave up) and ends.</summary>
internal static class PromptHarness
{
    public static ComponentDialog Around(Dialog prompt, PromptOptions options)
    {
        var steps = new WaterfallDialog<StepLog>("ask")
            .AddStep((s, ct) => s.PromptAsync(prompt.Id, options, ct))
            .AddStep(async (s, ct) =>
            {
                await s.Context.SendActivityAsync(s.PromptExhausted ? "放弃" : $"结果：{s.Result?.GetRawText()}", ct);
                return await s.EndDialogAsync(s.Result, ct);
            });
        return new ComponentDialog("root").AddDialog(steps).AddDialog(prompt);
    }

    /// <summary>A client whose first turn ("开始") has already asked the prompt.</summary>
    public static async Task<DialogTestClient> AskedAsync(
        Dialog prompt, PromptOptions options, string channelId = "msteams", string conversationType = "personal")
    {
        var client = new DialogTestClient(Around(prompt, options), channelId, conversationType);
        await client.SendAsync("开始");
        return client;
    }
}
