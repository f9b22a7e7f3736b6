using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace Ferd.Onnx.Protobuf
{
    /// <summary>Writes protobuf fields; the counterpart of <see cref="ProtoReader"/>.</summary>
    internal sealed class ProtoWriter
    {
        private readonly MemoryStream _stream = new MemoryStream();

        public void WriteTag(int field, WireType wireType) => WriteRawVarint(((ulong)field << 3) | (ulong)wireType);

        public void WriteVarint(int field, long value)
        {
            WriteTag(field, WireType.Varint);
            WriteRawVarint(unchecked((ulong)value));
        }

        public void WriteFloat(int field, float value)
        {
            WriteTag(field, WireType.Fixed32);
            WriteRawFloat(value);
        }

        public void WriteString(int field, string value) => WriteBytes(field, Encoding.UTF8.GetBytes(value));

        public void WriteBytes(int field, byte[] value)
        {
            WriteTag(field, WireType.LengthDelimited);
            WriteRawVarint((ulong)value.Length);
            _stream.Write(value, 0, value.Length);
        }

        public void WriteMessage(int field, ProtoWriter message) => WriteBytes(field, message.ToArray());

        public void WritePackedFloats(int field, IReadOnlyList<float> values)
        {
            var packed = new ProtoWriter();
            foreach (float v in values) packed.WriteRawFloat(v);
            WriteBytes(field, packed.ToArray());
        }

        public void WritePackedVarints(int field, IReadOnlyList<long> values)
        {
            var packed = new ProtoWriter();
            foreach (long v in values) packed.WriteRawVarint(unchecked((ulong)v));
            WriteBytes(field, packed.ToArray());
        }

        /// <summary>A bare varint without a key, for crafting lengths and packed payloads.</summary>
        public void WriteRawVarint(ulong value)
        {
            while (value >= 0x80)
            {
                _stream.WriteByte((byte)(value | 0x80));
                value >>= 7;
            }
            _stream.WriteByte((byte)value);
        }

        public void WriteRawFloat(float value)
        {
            var bytes = new byte[4];
            LittleEndian.WriteSingle(bytes, value);
            _stream.Write(bytes, 0, 4);
        }

        public byte[] ToArray() => _stream.ToArray();
    }
}
