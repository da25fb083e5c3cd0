using System.Text;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// Runs the script's turns through the endpoint's parser and the bot's turn pipeline. Every turn must answer 200
/// with the script's number of messages and log no warning; a checked cycle also compares the wording.
/// </summary>
internal sealed class ScriptRunner(InProcessBot bot, InterviewScript script, TeamsActivityWriter writer, EndpointActivityParser parser)
{
    private readonly char[] _text = new char[1024];

    /// <summary>One full run of the script in <paramref name="conversation"/>.</summary>
    /// <param name="checkWording">Also require each turn's visible text to contain the script's "expect".</param>
    public async Task RunCycleAsync(ScriptedConversation conversation, bool checkWording, CancellationToken cancellationToken)
    {
        var replies = checkWording ? new List<Activity>() : null;
        foreach (var turn in script.Turns)
        {
            var activity = Parse(turn, conversation);
            var sentBefore = bot.Sender.Messages;
            replies?.Clear();
            bot.Sender.Capture = replies;
            var outcome = await bot.Adapter.ProcessActivityAsync(activity, cancellationToken).ConfigureAwait(false);
            bot.Sender.Capture = null;
            var sent = bot.Sender.Messages - sentBefore;
            if (outcome.Status != 200 || outcome.Duplicate || sent != turn.Replies || bot.Warnings.Count > 0)
            {
                throw Failure(conversation, activity, $"status {outcome.Status}{(outcome.Duplicate ? " (duplicate)" : string.Empty)}, {sent} message(s) where the script expects {turn.Replies}{(bot.Warnings.First is { } warning ? $", logged {warning}" : string.Empty)}");
            }
            if (replies is not null && VisibleText(replies) is var text && !text.Contains(turn.Expect, StringComparison.Ordinal))
            {
                throw Failure(conversation, activity, $"expected \"{turn.Expect}\" in the answer, got: {text.Trim()}");
            }
            conversation.TurnDone();
        }
        conversation.CycleDone();
    }

    private Activity Parse(ScriptTurn turn, ScriptedConversation conversation)
    {
        var text = turn.Say.Render(_text, conversation.Number, conversation.Turns, conversation.Cycles);
        return parser.Parse(writer.WriteMessage(conversation.User, text));
    }

    private static InvalidOperationException Failure(ScriptedConversation conversation, Activity activity, string problem) =>
        new($"Conversation {conversation.Number}, turn {conversation.Turns} (\"{activity.Text}\"): {problem}. The benchmark would measure an error path; fix the bot or scripts/bench/reviewbot-interview.json.");

    /// <summary>What a user reads, as loadgen sees it: message texts and card texts.</summary>
    private static string VisibleText(IEnumerable<Activity> messages)
    {
        var text = new StringBuilder();
        foreach (var message in messages)
        {
            text.AppendLine(message.Text);
            foreach (var attachment in message.Attachments ?? [])
            {
                if (attachment.Content is { } content)
                {
                    CardText.Append(text, attachment.ContentType, content);
                }
            }
        }
        return text.ToString();
    }
}
