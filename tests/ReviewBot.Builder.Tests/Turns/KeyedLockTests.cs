using ReviewBot.Builder.Turns;

namespace ReviewBot.Builder.Tests.Turns;

public sealed class KeyedLockTests
{
    [Fact]
    public async Task Different_keys_do_not_block_each_other()
    {
        var locks = new KeyedLock();
        using var a = await locks.AcquireAsync("a", default);
        var b = locks.AcquireAsync("b", default);

        Assert.True(b.IsCompleted);
        (await b).Dispose();
    }

    [Fact]
    public async Task The_same_key_waits_until_released()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("k", default);
        var second = locks.AcquireAsync("k", default);

        Assert.False(second.IsCompleted);
        first.Dispose();
        (await second).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_does_not_leave_the_key_held()
    {
        var locks = new KeyedLock();
        var first = await locks.AcquireAsync("k", default);
        using var cts = new CancellationTokenSource();
        var waiting = locks.AcquireAsync("k", cts.Token);
        cts.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        first.Dispose();

        var again = locks.AcquireAsync("k", default);
        Assert.True(again.IsCompleted);
        (await again).Dispose();
    }
}
