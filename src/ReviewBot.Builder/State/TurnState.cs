namespace ReviewBot.Builder.State;

/// <summary>The state documents of one turn: the conversation's and the sending user's.</summary>
public sealed class TurnState(StateBag conversation, StateBag user)
{
    public StateBag Conversation { get; } = conversation;
    public StateBag User { get; } = user;
}
