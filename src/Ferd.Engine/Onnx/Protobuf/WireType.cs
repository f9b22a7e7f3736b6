namespace Ferd.Onnx.Protobuf
{
    /// <summary>The protobuf wire types (encoding.md); groups (3, 4) are obsolete and rejected.</summary>
    internal enum WireType
    {
        Varint = 0,
        Fixed64 = 1,
        LengthDelimited = 2,
        StartGroup = 3,
        EndGroup = 4,
        Fixed32 = 5,
    }
}
