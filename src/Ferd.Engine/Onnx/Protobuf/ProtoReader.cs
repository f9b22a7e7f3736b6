using System;
using System.Collections.Generic;
using System.Text;

namespace Ferd.Onnx.Protobuf
{
    /// <summary>
    /// Reads one protobuf message from a window of a byte array. Every length is checked against
    /// the bytes left before anything is allocated, and nesting is limited, so a hostile file ends
    /// in a <see cref="ModelException"/> rather than a huge allocation or a stack overflow.
    /// </summary>
    internal sealed class ProtoReader
    {
        /// <summary>ONNX nests at most a few levels; subgraphs in attributes are the only recursion.</summary>
        public const int MaxDepth = 64;

        private readonly byte[] _buffer;
        private readonly int _end;
        private readonly int _depth;
        private int _position;

        public ProtoReader(byte[] buffer, string message)
            : this(buffer, 0, buffer.Length, 0, message)
        {
        }

        private ProtoReader(byte[] buffer, int start, int end, int depth, string message)
        {
            _buffer = buffer;
            _position = start;
            _end = end;
            _depth = depth;
            Message = message;
        }

        /// <summary>The message type being read, for error messages.</summary>
        public string Message { get; }

        public int Remaining => _end - _position;

        /// <summary>Reads the next field key; false at the end of the message.</summary>
        public bool TryReadTag(out int field, out WireType wireType)
        {
            field = 0;
            wireType = WireType.Varint;
            if (_position >= _end) return false;
            ulong key = ReadVarint();
            int wire = (int)(key & 7);
            ulong number = key >> 3;
            if (number == 0 || number > 536_870_911)
                throw Invalid($"a field number of {number} in {Message} is not valid protobuf");
            if (wire > 5 || wire == (int)WireType.StartGroup || wire == (int)WireType.EndGroup)
                throw Invalid($"field {number} of {Message} has unsupported wire type {wire}");
            field = (int)number;
            wireType = (WireType)wire;
            return true;
        }

        // Typed reads of a known field: each first checks that the field came with the wire type
        // its declaration implies, so a corrupt file is named rather than misread.

        public long ReadInt64(WireType wireType, string field)
        {
            Expect(wireType, WireType.Varint, field);
            return (long)ReadVarint();
        }

        /// <summary>An int32 or enum field: negative values are sign-extended to ten bytes on the wire.</summary>
        public int ReadInt32(WireType wireType, string field) => unchecked((int)ReadInt64(wireType, field));

        public float ReadFloat(WireType wireType, string field)
        {
            Expect(wireType, WireType.Fixed32, field);
            return ReadFixedFloat();
        }

        public string ReadString(WireType wireType, string field)
        {
            Expect(wireType, WireType.LengthDelimited, field);
            int length = ReadLength();
            string value = Encoding.UTF8.GetString(_buffer, _position, length);
            _position += length;
            return value;
        }

        public byte[] ReadBytes(WireType wireType, string field)
        {
            Expect(wireType, WireType.LengthDelimited, field);
            int length = ReadLength();
            var value = new byte[length];
            Buffer.BlockCopy(_buffer, _position, value, 0, length);
            _position += length;
            return value;
        }

        /// <summary>A reader for the embedded <paramref name="message"/> that follows, one level deeper.</summary>
        public ProtoReader ReadMessage(WireType wireType, string field, string message)
        {
            Expect(wireType, WireType.LengthDelimited, field);
            return ReadNested(message);
        }

        /// <summary>Appends a repeated float field, packed or not, to <paramref name="values"/>.</summary>
        public void ReadFloats(WireType wireType, string field, List<float> values)
        {
            if (wireType == WireType.Fixed32)
            {
                values.Add(ReadFixedFloat());
                return;
            }
            Expect(wireType, WireType.LengthDelimited, field);
            int length = ReadLength();
            if (length % 4 != 0) throw Invalid($"packed '{field}' in {Message} takes {length} bytes, not a multiple of 4");
            int end = _position + length;
            while (_position < end) values.Add(ReadFixedFloat());
        }

        /// <summary>Appends a repeated varint field, packed or not, to <paramref name="values"/>.</summary>
        public void ReadInt64s(WireType wireType, string field, List<long> values)
        {
            if (wireType == WireType.Varint)
            {
                values.Add((long)ReadVarint());
                return;
            }
            Expect(wireType, WireType.LengthDelimited, field);
            var packed = ReadNested(Message);
            while (packed.Remaining > 0) values.Add((long)packed.ReadVarint());
        }

        public void Skip(WireType wireType)
        {
            switch (wireType)
            {
                case WireType.Varint: ReadVarint(); break;
                case WireType.Fixed64: Advance(8); break;
                case WireType.Fixed32: Advance(4); break;
                case WireType.LengthDelimited: Advance(ReadLength()); break;
                default: throw Invalid($"wire type {(int)wireType} in {Message} cannot be skipped");
            }
        }

        private void Expect(WireType actual, WireType expected, string field)
        {
            if (actual != expected)
                throw Invalid($"field '{field}' of {Message} has wire type {(int)actual}, expected {(int)expected}");
        }

        public ModelException Invalid(string reason) =>
            new ModelException(ModelErrorKind.InvalidOnnx, "Not a valid ONNX model: " + reason + ".");

        private ulong ReadVarint()
        {
            ulong value = 0;
            for (int shift = 0; shift < 64; shift += 7)
            {
                if (_position >= _end) throw Truncated("a varint");
                byte b = _buffer[_position++];
                value |= (ulong)(b & 0x7F) << shift;
                if ((b & 0x80) == 0) return value;
            }
            throw Invalid($"a varint in {Message} is longer than 10 bytes");
        }

        private float ReadFixedFloat()
        {
            if (Remaining < 4) throw Truncated("a 32-bit value");
            float value = LittleEndian.ReadSingle(new ReadOnlySpan<byte>(_buffer, _position, 4));
            _position += 4;
            return value;
        }

        private ProtoReader ReadNested(string message)
        {
            if (_depth + 1 > MaxDepth)
                throw Invalid($"messages are nested deeper than {MaxDepth} levels (at {message} inside {Message})");
            int length = ReadLength();
            var reader = new ProtoReader(_buffer, _position, _position + length, _depth + 1, message);
            _position += length;
            return reader;
        }

        private int ReadLength()
        {
            ulong length = ReadVarint();
            if (length > (ulong)Remaining)
                throw Invalid($"a field in {Message} claims {length} bytes but only {Remaining} remain (truncated or corrupt file)");
            return (int)length;
        }

        private void Advance(int count)
        {
            if (Remaining < count) throw Truncated($"{count} bytes");
            _position += count;
        }

        private ModelException Truncated(string what) =>
            Invalid($"the file ends in the middle of {what} in {Message} (truncated or corrupt file)");
    }
}
