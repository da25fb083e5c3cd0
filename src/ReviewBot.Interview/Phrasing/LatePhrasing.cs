using ReviewBot.Protocol.Schema;

namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// Where a problem's phrasing is being shown, so that a model answer arriving after the turn can follow the user there:
/// the conversation (to run a proactive turn in), the draft and the aspect.
/// </summary>
public sealed record LatePhrasingTarget(ConversationReference Conversation, string DraftId, int AspectIndex)
{
    /// <summary>Same conversation, draft, aspect, words and shown text: the same late answer (one delivery each).</summary>
    internal string KeyFor(string rawInput, PhrasedProblem shown) =>
        string.Join('\u001f', Conversation.ChannelId, Conversation.Conversation?.Id, DraftId, AspectIndex, rawInput, shown.ToText());
}

/// <summary>A model call that outlived its turn: the user was shown <see cref="Shown"/> (the built-in phrasing) instead.</summary>
public sealed record LatePhrasingJob(LatePhrasingTarget Target, string RawInput, PhrasedProblem Shown)
{
    internal string Key => Target.KeyFor(RawInput, Shown);
}

/// <summary>The model's checked answer for a <see cref="LatePhrasingJob"/>, ready to be offered to the user.</summary>
public sealed record LatePhrasing(LatePhrasingJob Job, PhrasedProblem Polished);

/// <summary>
/// Takes over model calls that are still running when a turn stops waiting (LLM:SoftDeadlineSeconds), and delivers
/// their answers later as proactive messages. Implemented by <see cref="LatePhrasingQueue"/>; the host drains it.
/// </summary>
public interface ILatePhrasingSink
{
    /// <summary>
    /// Follows <paramref name="polished"/> (the checked answer, or null when the call failed) for <paramref name="job"/>.
    /// False when late answers cannot be delivered now (no delivery running, or shutting down): the turn must not
    /// promise one. A job already being followed is not followed twice (and answers true).
    /// </summary>
    bool Follow(LatePhrasingJob job, Task<PhrasedProblem?> polished);
}
