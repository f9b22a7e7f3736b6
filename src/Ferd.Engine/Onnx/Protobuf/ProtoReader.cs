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

        public ulong ReadVarint()
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

        public long ReadInt64() => (long)ReadVarint();

        /// <summary>An int32 field: negative values are sign-extended to ten bytes on the wire.</summary>
        public int ReadInt32() => unchecked((int)(long)ReadVarint());

        public float ReadFloat()
        {
            if (Remaining < 4) throw Truncated("a 32-bit value");
            float value = LittleEndian.ReadSingle(new ReadOnlySpan<byte>(_buffer, _position, 4));
            _position += 4;
            return value;
        }

        public string ReadString()
        {
            int length = ReadLength();
            string value = Encoding.UTF8.GetString(_buffer, _position, length);
            _position += length;
            return value;
        }

        public byte[] ReadBytes()
        {
            int length = ReadLength();
            var value = new byte[length];
            Buffer.BlockCopy(_buffer, _position, value, 0, length);
            _position += length;
            return value;
        }

        /// <summary>A reader for the embedded message that follows, one level deeper.</summary>
        public ProtoReader ReadMessage(string message)
        {
            if (_depth + 1 > MaxDepth)
                throw Invalid($"messages are nested deeper than {MaxDepth} levels (at {message} inside {Message})");
            int length = ReadLength();
            var reader = new ProtoReader(_buffer, _position, _position + length, _depth + 1, message);
            _position += length;
            return reader;
        }

        /// <summary>Appends a repeated float field, packed or not, to <paramref name="values"/>.</summary>
        public void ReadFloats(WireType wireType, List<float> values)
        {
            if (wireType == WireType.Fixed32)
            {
                values.Add(ReadFloat());
                return;
            }
            int length = ReadLength();
            if (length % 4 != 0) throw Invalid($"packed floats in {Message} take {length} bytes, not a multiple of 4");
            int end = _position + length;
            while (_position < end) values.Add(ReadFloat());
        }

        /// <summary>Appends a repeated varint field, packed or not, to <paramref name="values"/>.</summary>
        public void ReadInt64s(WireType wireType, List<long> values)
        {
            if (wireType == WireType.Varint)
            {
                values.Add(ReadInt64());
                return;
            }
            var packed = ReadMessage(Message);
            while (packed.Remaining > 0) values.Add(packed.ReadInt64());
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

        /// <summary>Fails unless a known field arrived with the wire type its declaration implies.</summary>
        public void Expect(WireType actual, WireType expected, string field)
        {
            if (actual != expected)
                throw Invalid($"field '{field}' of {Message} has wire type {(int)actual}, expected {(int)expected}");
        }

        /// <summary>Expect for repeated scalars, which may arrive packed (length-delimited) or one by one.</summary>
        public void ExpectRepeated(WireType actual, WireType element, string field)
        {
            if (actual != element && actual != WireType.LengthDelimited)
                throw Invalid($"field '{field}' of {Message} has wire type {(int)actual}, expected {(int)element} or 2");
        }

        public ModelException Invalid(string reason) =>
            new ModelException(ModelErrorKind.InvalidOnnx, "Not a valid ONNX model: " + reason + ".");

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
