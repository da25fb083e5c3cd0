using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Host;

/// <summary>
/// Stand-in application until the interview is wired in: answers every message with a short notice and
/// leaves everything else (invokes included, which therefore get 501) unanswered.
/// </summary>
public sealed class WelcomePlaceholderBot : IBot
{
    public const string Notice = "您好，我是对照检查材料起草助手。访谈功能正在接入中，暂时还不能开始起草，请稍后再来。";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Type == ActivityTypes.Message)
        {
            await turnContext.SendActivityAsync(Notice, cancellationToken).ConfigureAwait(false);
        }
    }
}
