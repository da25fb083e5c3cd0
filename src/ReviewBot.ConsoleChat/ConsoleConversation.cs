using ReviewBot.Builder.Turns;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.ConsoleChat;

/// <summary>
/// The chat loop: each line read from the input is one message activity through the same adapter as Teams.
/// The conversation id is stable per OS user, so state in the SQLite file carries over between runs.
/// </summary>
public sealed class ConsoleConversation(BotAdapter adapter, ConsoleRenderer renderer, TextReader input, string userId)
{
    public const string ServiceUrl = "console://local";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await adapter.ProcessActivityAsync(Create(ActivityTypes.ConversationUpdate, null, membersAdded: true), cancellationToken).ConfigureAwait(false);
        while (!cancellationToken.IsCancellationRequested)
        {
            var line = await input.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "exit" or "quit" or "退出")
            {
                break;
            }
            if (line.Trim().Length == 0 && input == System.Console.In)
            {
                continue;
            }
            await adapter.ProcessActivityAsync(Create(ActivityTypes.Message, renderer.ResolveInput(line)), cancellationToken).ConfigureAwait(false);
        }
    }

    private Activity Create(string type, string? text, bool membersAdded = false)
    {
        var user = new ChannelAccount { Id = userId, Name = userId };
        var bot = new ChannelAccount { Id = "reviewbot", Name = "ReviewBot" };
        return new Activity
        {
            Type = type,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = DateTimeOffset.UtcNow,
            LocalTimestamp = DateTimeOffset.Now,
            ChannelId = Channels.Console,
            ServiceUrl = ServiceUrl,
            From = user,
            Recipient = bot,
            Conversation = new ConversationAccount { Id = $"console-{userId}", ConversationType = "personal", TenantId = "local" },
            Text = text,
            Locale = "zh-CN",
            MembersAdded = membersAdded ? [user, bot] : null,
        };
    }
}
