using System;
using System.Runtime.InteropServices;

namespace Ferd.Onnx.Protobuf
{
    /// <summary>Protobuf fixed32 values and ONNX raw_data are little-endian whatever the host is.</summary>
    internal static class LittleEndian
    {
        public static float ReadSingle(ReadOnlySpan<byte> bytes)
        {
            if (BitConverter.IsLittleEndian) return MemoryMarshal.Read<float>(bytes);
            Span<byte> reversed = stackalloc byte[4];
            bytes.Slice(0, 4).CopyTo(reversed);
            reversed.Reverse();
            return MemoryMarshal.Read<float>(reversed);
        }

        public static void WriteSingle(Span<byte> bytes, float value)
        {
            MemoryMarshal.Write(bytes, ref value);
            if (!BitConverter.IsLittleEndian) bytes.Slice(0, 4).Reverse();
        }

        public static float[] ReadSingles(ReadOnlySpan<byte> bytes)
        {
            var values = new float[bytes.Length / 4];
            for (int i = 0; i < values.Length; i++) values[i] = ReadSingle(bytes.Slice(4 * i));
            return values;
        }

        public static long[] ReadInt64s(ReadOnlySpan<byte> bytes)
        {
            var values = new long[bytes.Length / 8];
            for (int i = 0; i < values.Length; i++)
                values[i] = System.Buffers.Binary.BinaryPrimitives.ReadInt64LittleEndian(bytes.Slice(8 * i));
            return values;
        }
    }
}
