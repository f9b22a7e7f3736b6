namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Damage to the raw bytes, blind to the protobuf structure.</summary>
internal static class ByteMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("truncate", (seed, random) => seed.Bytes[..random.Next(seed.Bytes.Length)]),
        new("bit-flips", FlipBits),
        new("byte-overwrite", Overwrite),
        new("chunk-delete", DeleteChunk),
        new("chunk-duplicate", DuplicateChunk),
    ];

    private static byte[] FlipBits(Seed seed, Random random)
    {
        var bytes = (byte[])seed.Bytes.Clone();
        int flips = 1 + random.Next(8);
        for (int i = 0; i < flips; i++) bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        return bytes;
    }

    private static byte[] Overwrite(Seed seed, Random random)
    {
        var bytes = (byte[])seed.Bytes.Clone();
        byte[] values = [0x00, 0xFF, 0x7F, 0x80, 0x0A, 0x12];
        int at = random.Next(bytes.Length), count = 1 + random.Next(Math.Min(16, bytes.Length - at));
        for (int i = 0; i < count; i++) bytes[at + i] = values[random.Next(values.Length)];
        return bytes;
    }

    private static byte[] DeleteChunk(Seed seed, Random random)
    {
        var bytes = seed.Bytes;
        int at = random.Next(bytes.Length), count = 1 + random.Next(Math.Min(64, bytes.Length - at));
        return [.. bytes[..at], .. bytes[(at + count)..]];
    }

    private static byte[] DuplicateChunk(Seed seed, Random random)
    {
        var bytes = seed.Bytes;
        int at = random.Next(bytes.Length), count = 1 + random.Next(Math.Min(256, bytes.Length - at));
        return [.. bytes[..(at + count)], .. bytes[at..]];
    }
}
