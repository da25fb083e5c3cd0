using System.Collections.Concurrent;
using ReviewBot.Storage.State;

namespace ReviewBot.Storage.Tests.State;

public sealed class ETagSourceTests
{
    [Fact]
    public void ETags_made_concurrently_are_all_different_and_32_hex_digits()
    {
        var seen = new ConcurrentDictionary<string, byte>(StringComparer.Ordinal);

        Parallel.For(0, 200_000, _ => Assert.True(seen.TryAdd(ETagSource.Next(), 0)));

        Assert.Equal(200_000, seen.Count);
        Assert.All(seen.Keys.Take(100), etag => Assert.Matches("^[0-9a-f]{32}$", etag));
    }

    [Fact]
    public async Task A_later_ETag_sorts_after_an_earlier_one()
    {
        var first = ETagSource.Next();
        await Task.Delay(5);

        Assert.True(string.CompareOrdinal(ETagSource.Next(), first) > 0);
    }
}
