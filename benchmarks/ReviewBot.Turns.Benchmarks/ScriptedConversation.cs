namespace ReviewBot.Turns.Benchmarks;

/// <summary>
/// One of loadgen's concurrent conversations: its number, its current user and chat, and how far it got. After
/// <see cref="CyclesPerUser"/> runs of the script it starts over as a new user, as every new loadgen run does.
/// </summary>
internal sealed class ScriptedConversation(int number, string tenantId)
{
    /// <summary>
    /// Script runs per user: a 15-second loadgen run of scripts/bench.sh gets about 40 runs of the script into each of its
    /// 20 conversations. The script deletes the draft it wrote, so a user's list stays short either way; starting over
    /// bounds whatever else a long run might let grow.
    /// </summary>
    public const int CyclesPerUser = 50;

    public int Number { get; } = number;

    public TeamsUser User { get; private set; } = TeamsUser.Create(number, tenantId);

    /// <summary>loadgen's <c>{turn}</c>: the turns this user has sent.</summary>
    public int Turns { get; private set; }

    /// <summary>loadgen's <c>{cycle}</c>: completed runs of the script by this user.</summary>
    public int Cycles { get; private set; }

    public void TurnDone() => Turns++;

    public void CycleDone()
    {
        if (++Cycles == CyclesPerUser)
        {
            User = TeamsUser.Create(Number, tenantId);
            Turns = 0;
            Cycles = 0;
        }
    }
}
