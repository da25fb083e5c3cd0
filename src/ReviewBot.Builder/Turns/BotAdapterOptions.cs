namespace ReviewBot.Builder.Turns;

public sealed class BotAdapterOptions
{
    /// <summary>How long a turn runs before a typing indicator is sent.</summary>
    public TimeSpan TypingDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the typing indicator is repeated while the turn goes on.</summary>
    public TimeSpan TypingInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>How many times a turn is re-run after losing an ETag race.</summary>
    public int MaxConflictRetries { get; set; } = 3;

    /// <summary>How many recent activity ids each conversation remembers to ignore redeliveries.</summary>
    public int RememberedActivityIds { get; set; } = 32;

    /// <summary>Conversation-state properties cleared after an unhandled error (the dialog stack); everything else survives.</summary>
    public IList<string> ResetOnError { get; } = ["dialogState"];

    /// <summary>
    /// Room for the live state objects of saved turns, kept for the next turn on the same documents (estimated as four
    /// times the documents' UTF-8 size); 0 keeps none and every turn reads its state from JSON.
    /// </summary>
    public int LiveStateMegabytes { get; set; } = 32;

    /// <summary>Live state not used for this long is dropped.</summary>
    public TimeSpan LiveStateIdleExpiry { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Sent when a turn fails unexpectedly.</summary>
    public string ErrorMessage { get; set; } = "抱歉，刚才处理时出了点问题，当前这一步已重置。您已填写的内容都还在，可以发送“继续”接着来，或发送“帮助”查看可用命令。";
}
