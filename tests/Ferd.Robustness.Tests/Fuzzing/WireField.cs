namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>
/// One protobuf field as it sits on the wire: its key, its value bytes and, for a
/// length-delimited value that is itself a message, that message's fields. Mutations edit
/// these and <see cref="WireMessage.Write"/> re-frames every enclosing length.
/// </summary>
internal sealed class WireField(int number, int wireType, byte[] value, List<WireField>? children)
{
    public const int Varint = 0, Fixed64 = 1, LengthDelimited = 2, Fixed32 = 5;

    public int Number { get; set; } = number;

    public int WireType { get; set; } = wireType;

    /// <summary>The varint's bytes, the fixed value, or the length-delimited payload (without its length).</summary>
    public byte[] Value { get; set; } = value;

    /// <summary>The payload parsed as a message, when it parses and re-encodes to the same bytes.</summary>
    public List<WireField>? Children { get; set; } = children;

    /// <summary>When set, written in place of the payload's true length.</summary>
    public ulong? LengthOverride { get; set; }

    public WireField Clone() =>
        new(Number, WireType, (byte[])Value.Clone(), Children?.Select(c => c.Clone()).ToList()) { LengthOverride = LengthOverride };
}
