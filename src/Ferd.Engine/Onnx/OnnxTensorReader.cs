using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Onnx.Protobuf;
using F = Ferd.Onnx.OnnxFieldNumbers.Tensor;

namespace Ferd.Onnx
{
    /// <summary>Reads TensorProto messages: initializers, Constant values and serialized .pb tensors.</summary>
    public static class OnnxTensorReader
    {
        /// <summary>Reads a serialized TensorProto (the .pb files of ONNX's test data).</summary>
        public static OnnxTensor Read(byte[] bytes)
        {
            if (bytes.Length == 0) throw new ModelException(ModelErrorKind.InvalidOnnx, "The tensor file is empty.");
            return Read(new ProtoReader(bytes, "TensorProto"));
        }

        internal static OnnxTensor Read(ProtoReader reader)
        {
            var dims = new List<long>();
            var floats = new List<float>();
            var int64s = new List<long>();
            byte[]? raw = null;
            int dataType = 0;
            string name = "";
            bool external = false;
            while (reader.TryReadTag(out int field, out var wire))
            {
                switch (field)
                {
                    case F.Dims:
                        reader.ReadInt64s(wire, "dims", dims);
                        break;
                    case F.DataType:
                        dataType = reader.ReadInt32(wire, "data_type");
                        break;
                    case F.FloatData:
                        reader.ReadFloats(wire, "float_data", floats);
                        break;
                    case F.Int64Data:
                        reader.ReadInt64s(wire, "int64_data", int64s);
                        break;
                    case F.Name:
                        name = reader.ReadString(wire, "name");
                        break;
                    case F.RawData:
                        raw = reader.ReadBytes(wire, "raw_data");
                        break;
                    case F.ExternalData:
                        external = true;
                        reader.Skip(wire);
                        break;
                    case F.DataLocation:
                        external |= reader.ReadInt32(wire, "data_location") != 0;
                        break;
                    default:
                        reader.Skip(wire);
                        break;
                }
            }

            string label = name.Length > 0 ? $"Tensor '{name}'" : "A tensor";
            if (external)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"{label} keeps its data in an external file; export the model with its weights embedded.");
            int[] shape = CheckedShape(dims, label, reader);
            int count = shape.Aggregate(1, (a, d) => a * d);
            switch ((OnnxDataType)dataType)
            {
                case OnnxDataType.Float:
                    float[] f = raw != null ? FromRaw(raw, 4, count, label, reader, b => LittleEndian.ReadSingles(b)) : floats.ToArray();
                    CheckCount(f.Length, count, label, reader);
                    return new OnnxTensor(name, OnnxDataType.Float, shape, f, null);
                case OnnxDataType.Int64:
                    long[] l = raw != null ? FromRaw(raw, 8, count, label, reader, b => LittleEndian.ReadInt64s(b)) : int64s.ToArray();
                    CheckCount(l.Length, count, label, reader);
                    return new OnnxTensor(name, OnnxDataType.Int64, shape, null, l);
                default:
                    string type = Enum.IsDefined(typeof(OnnxDataType), dataType) ? ((OnnxDataType)dataType).ToString() : "number " + dataType;
                    throw new ModelException(ModelErrorKind.UnsupportedTensor,
                        $"{label} has element type {type}; Ferd reads float32 weights (and int64 shapes) only.");
            }
        }

        /// <summary>The dimensions as ints, refusing negative sizes and element counts beyond int range.</summary>
        private static int[] CheckedShape(List<long> dims, string label, ProtoReader reader)
        {
            long count = 1;
            foreach (long d in dims)
            {
                if (d < 0) throw reader.Invalid($"{label} has negative dimension {d}");
                count = d == 0 ? 0 : (count > int.MaxValue / d ? long.MaxValue : count * d);
                if (count > int.MaxValue) throw reader.Invalid($"{label} declares more than {int.MaxValue} elements");
            }
            return dims.Select(d => (int)d).ToArray();
        }

        private static T[] FromRaw<T>(byte[] raw, int size, int count, string label, ProtoReader reader, Func<byte[], T[]> decode)
        {
            if (raw.Length != (long)count * size)
                throw reader.Invalid($"{label} declares {count} values but its raw_data holds {raw.Length} bytes");
            return decode(raw);
        }

        private static void CheckCount(int actual, int declared, string label, ProtoReader reader)
        {
            if (actual != declared) throw reader.Invalid($"{label} declares {declared} values but holds {actual}");
        }
    }
}
