namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>
/// Damage to the protobuf structure, re-framed so every other length stays right: fields
/// duplicated, reordered or dropped, lengths and varints set to extremes.
/// </summary>
internal static class WireMutations
{
    private static readonly ulong[] HugeLengths = [int.MaxValue, (ulong)int.MaxValue + 1, uint.MaxValue, ulong.MaxValue, long.MaxValue, 1UL << 40];

    private static readonly ulong[] ExtremeValues = [0, 1, int.MaxValue, (ulong)int.MaxValue + 1, uint.MaxValue, long.MaxValue, ulong.MaxValue, unchecked((ulong)(long)int.MinValue)];

    public static IEnumerable<Mutation> All { get; } =
    [
        new("huge-length", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var field = PickField(root, r, f => f.WireType == WireField.LengthDelimited);
            if (field != null) field.LengthOverride = r.Next(3) == 0 ? (ulong)field.Value.Length + (ulong)r.Next(1, 9) : HugeLengths[r.Next(HugeLengths.Length)];
        })),
        new("extreme-varint", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var field = PickField(root, r, f => f.WireType == WireField.Varint);
            if (field != null) field.Value = WireMessage.EncodeVarint(ExtremeValues[r.Next(ExtremeValues.Length)]);
        })),
        new("duplicate-field", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var message = PickMessage(root, r);
            if (message.Count > 0) message.Insert(r.Next(message.Count + 1), message[r.Next(message.Count)].Clone());
        })),
        new("reorder-fields", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var message = PickMessage(root, r);
            var shuffled = message.OrderBy(_ => r.Next()).ToList();
            message.Clear();
            message.AddRange(shuffled);
        })),
        new("drop-field", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var message = PickMessage(root, r);
            if (message.Count > 0) message.RemoveAt(r.Next(message.Count));
        })),
        new("retag-field", (seed, random) => Edit(seed, random, (root, r) =>
        {
            var field = PickField(root, r, _ => true);
            if (field == null) return;
            if (r.Next(2) == 0) field.Number = 1 + r.Next(20);
            else field.WireType = new[] { WireField.Varint, WireField.Fixed64, WireField.LengthDelimited, WireField.Fixed32 }[r.Next(4)];
        })),
    ];

    private static byte[] Edit(Seed seed, Random random, Action<List<WireField>, Random> edit)
    {
        var root = WireMessage.Parse(seed.Bytes);
        edit(root, random);
        return WireMessage.Write(root);
    }

    private static List<WireField> PickMessage(List<WireField> root, Random random)
    {
        var messages = WireMessage.Messages(root);
        return messages[random.Next(messages.Count)];
    }

    private static WireField? PickField(List<WireField> root, Random random, Func<WireField, bool> wanted)
    {
        var fields = WireMessage.Fields(root).Where(wanted).ToList();
        return fields.Count == 0 ? null : fields[random.Next(fields.Count)];
    }
}
