namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Parses protobuf bytes into <see cref="WireField"/> trees without a schema, and writes them back.</summary>
internal static class WireMessage
{
    private const int MaxDepth = 16;

    /// <summary>The fields of a well-formed message; throws on bytes that are not one.</summary>
    public static List<WireField> Parse(byte[] bytes) =>
        TryParse(bytes, 0) ?? throw new ArgumentException("Not a well-formed protobuf message.", nameof(bytes));

    public static byte[] Write(IEnumerable<WireField> fields)
    {
        var output = new List<byte>();
        Write(fields, output);
        return output.ToArray();
    }

    /// <summary>Every field list in the tree (the root first), each a place a mutation can act on.</summary>
    public static List<List<WireField>> Messages(List<WireField> root)
    {
        var all = new List<List<WireField>> { root };
        for (int i = 0; i < all.Count; i++)
            all.AddRange(all[i].Where(f => f.Children != null).Select(f => f.Children!));
        return all;
    }

    public static IEnumerable<WireField> Fields(List<WireField> root) => Messages(root).SelectMany(m => m);

    public static byte[] EncodeVarint(ulong value)
    {
        var bytes = new List<byte>();
        AppendVarint(bytes, value);
        return bytes.ToArray();
    }

    private static void Write(IEnumerable<WireField> fields, List<byte> output)
    {
        foreach (var field in fields)
        {
            AppendVarint(output, ((ulong)field.Number << 3) | (uint)field.WireType);
            if (field.WireType != WireField.LengthDelimited)
            {
                output.AddRange(field.Value);
                continue;
            }
            byte[] payload = field.Children != null ? Write(field.Children) : field.Value;
            AppendVarint(output, field.LengthOverride ?? (ulong)payload.Length);
            output.AddRange(payload);
        }
    }

    private static List<WireField>? TryParse(byte[] bytes, int depth)
    {
        var fields = new List<WireField>();
        int position = 0;
        while (position < bytes.Length)
        {
            if (!TryVarint(bytes, ref position, out ulong key)) return null;
            int number = (int)Math.Min(key >> 3, int.MaxValue), wire = (int)(key & 7);
            if (number == 0) return null;
            int start = position;
            switch (wire)
            {
                case WireField.Varint:
                    if (!TryVarint(bytes, ref position, out _)) return null;
                    fields.Add(new WireField(number, wire, bytes[start..position], null));
                    break;
                case WireField.Fixed64:
                case WireField.Fixed32:
                    int size = wire == WireField.Fixed64 ? 8 : 4;
                    if (bytes.Length - position < size) return null;
                    position += size;
                    fields.Add(new WireField(number, wire, bytes[start..position], null));
                    break;
                case WireField.LengthDelimited:
                    if (!TryVarint(bytes, ref position, out ulong length) || length > (ulong)(bytes.Length - position)) return null;
                    var payload = bytes[position..(position + (int)length)];
                    position += (int)length;
                    fields.Add(new WireField(number, wire, payload, AsMessage(payload, depth + 1)));
                    break;
                default:
                    return null;
            }
        }
        return fields;
    }

    /// <summary>The payload's fields when it reads as a message that writes back byte for byte.</summary>
    private static List<WireField>? AsMessage(byte[] payload, int depth)
    {
        if (payload.Length == 0 || depth > MaxDepth) return null;
        var children = TryParse(payload, depth);
        return children != null && Write(children).AsSpan().SequenceEqual(payload) ? children : null;
    }

    private static bool TryVarint(byte[] bytes, ref int position, out ulong value)
    {
        value = 0;
        for (int shift = 0; shift < 70 && position < bytes.Length; shift += 7)
        {
            byte b = bytes[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return true;
        }
        return false;
    }

    private static void AppendVarint(List<byte> output, ulong value)
    {
        while (value >= 0x80)
        {
            output.Add((byte)(value | 0x80));
            value >>= 7;
        }
        output.Add((byte)value);
    }
}
