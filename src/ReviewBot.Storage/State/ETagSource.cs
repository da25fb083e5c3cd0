using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ReviewBot.Storage.State;

/// <summary>
/// Fresh ETags: 32 hex digits, time-ordered and never reused. The Unix time in milliseconds, a per-process counter and a
/// random per-process value drawn once at start-up, so making one needs no system call (a version 7 GUID draws new
/// random bytes from the kernel every time). Two processes sharing a database are told apart by the random part.
/// </summary>
internal static class ETagSource
{
    private static readonly ulong ProcessId = BinaryPrimitives.ReadUInt64BigEndian(RandomNumberGenerator.GetBytes(sizeof(ulong)));
    private static long _counter = RandomNumberGenerator.GetInt32(int.MaxValue);

    public static string Next()
    {
        Span<byte> bytes = stackalloc byte[16];
        var milliseconds = (ulong)DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var count = (ulong)Interlocked.Increment(ref _counter);
        // 48 bits of time, 16 bits of counter, then the process' random value mixed with the rest of the counter.
        BinaryPrimitives.WriteUInt64BigEndian(bytes, (milliseconds << 16) | (count & 0xFFFF));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], ProcessId ^ (count >> 16));
        return Convert.ToHexStringLower(bytes);
    }
}
