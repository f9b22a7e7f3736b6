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
                    name = reader.ReadString(wire, "name");
                }
                else if (field == N.ValueInfo.Type)
                {
                    ReadType(reader.ReadMessage(wire, "type", "TypeProto"), ref elementType, ref shape);
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
                var tensor = reader.ReadMessage(wire, "tensor_type", "TypeProto.Tensor");
                while (tensor.TryReadTag(out int f, out var w))
                {
                    if (f == N.TensorType.ElemType)
                    {
                        elementType = (OnnxDataType)tensor.ReadInt32(w, "elem_type");
                    }
                    else if (f == N.TensorType.Shape)
                    {
                        shape = ReadShape(tensor.ReadMessage(w, "shape", "TensorShapeProto"));
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
                var dim = reader.ReadMessage(wire, "dim", "TensorShapeProto.Dimension");
                long? value = null;
                string? param = null;
                while (dim.TryReadTag(out int f, out var w))
                {
                    if (f == N.Dimension.DimValue)
                    {
                        value = dim.ReadInt64(w, "dim_value");
                    }
                    else if (f == N.Dimension.DimParam)
                    {
                        param = dim.ReadString(w, "dim_param");
                    }
                    else dim.Skip(w);
                }
                dims.Add(new OnnxDimension(value, param));
            }
            return dims;
        }
    }
}
