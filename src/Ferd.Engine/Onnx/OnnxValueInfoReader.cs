using System.Collections.Generic;
using Ferd.Onnx.Protobuf;
using N = Ferd.Onnx.OnnxFieldNumbers;

namespace Ferd.Onnx
{
    /// <summary>Reads ValueInfoProto with its TypeProto.Tensor and TensorShapeProto.</summary>
    internal static class OnnxValueInfoReader
    {
        public static OnnxValueInfo Read(ProtoReader reader)
        {
            string name = "";
            var elementType = OnnxDataType.Undefined;
            List<OnnxDimension>? shape = null;
            while (reader.TryReadTag(out int field, out var wire))
            {
                if (field == N.ValueInfo.Name)
                {
                    reader.Expect(wire, WireType.LengthDelimited, "name");
                    name = reader.ReadString();
                }
                else if (field == N.ValueInfo.Type)
                {
                    reader.Expect(wire, WireType.LengthDelimited, "type");
                    ReadType(reader.ReadMessage("TypeProto"), ref elementType, ref shape);
                }
                else reader.Skip(wire);
            }
            return new OnnxValueInfo(name, elementType, shape);
        }

        private static void ReadType(ProtoReader reader, ref OnnxDataType elementType, ref List<OnnxDimension>? shape)
        {
            while (reader.TryReadTag(out int field, out var wire))
            {
                if (field != N.Type.TensorType)
                {
                    reader.Skip(wire);
                    continue;
                }
                reader.Expect(wire, WireType.LengthDelimited, "tensor_type");
                var tensor = reader.ReadMessage("TypeProto.Tensor");
                while (tensor.TryReadTag(out int f, out var w))
                {
                    if (f == N.TensorType.ElemType)
                    {
                        tensor.Expect(w, WireType.Varint, "elem_type");
                        elementType = (OnnxDataType)tensor.ReadInt32();
                    }
                    else if (f == N.TensorType.Shape)
                    {
                        tensor.Expect(w, WireType.LengthDelimited, "shape");
                        shape = ReadShape(tensor.ReadMessage("TensorShapeProto"));
                    }
                    else tensor.Skip(w);
                }
            }
        }

        private static List<OnnxDimension> ReadShape(ProtoReader reader)
        {
            var dims = new List<OnnxDimension>();
            while (reader.TryReadTag(out int field, out var wire))
            {
                if (field != N.TensorShape.Dim)
                {
                    reader.Skip(wire);
                    continue;
                }
                reader.Expect(wire, WireType.LengthDelimited, "dim");
                var dim = reader.ReadMessage("TensorShapeProto.Dimension");
                long? value = null;
                string? param = null;
                while (dim.TryReadTag(out int f, out var w))
                {
                    if (f == N.Dimension.DimValue)
                    {
                        dim.Expect(w, WireType.Varint, "dim_value");
                        value = dim.ReadInt64();
                    }
                    else if (f == N.Dimension.DimParam)
                    {
                        dim.Expect(w, WireType.LengthDelimited, "dim_param");
                        param = dim.ReadString();
                    }
                    else dim.Skip(w);
                }
                dims.Add(new OnnxDimension(value, param));
            }
            return dims;
        }
    }
}
