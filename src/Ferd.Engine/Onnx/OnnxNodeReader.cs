using System.Collections.Generic;
using Ferd.Onnx.Protobuf;
using A = Ferd.Onnx.OnnxFieldNumbers.Attribute;
using N = Ferd.Onnx.OnnxFieldNumbers.Node;

namespace Ferd.Onnx
{
    /// <summary>Reads NodeProto and its AttributeProtos.</summary>
    internal static class OnnxNodeReader
    {
        public static OnnxNode Read(ProtoReader reader)
        {
            var inputs = new List<string>();
            var outputs = new List<string>();
            var attributes = new List<OnnxAttribute>();
            string name = "", opType = "", domain = "";
            while (reader.TryReadTag(out int field, out var wire))
            {
                switch (field)
                {
                    case N.Input:
                        inputs.Add(reader.ReadString(wire, "input"));
                        break;
                    case N.Output:
                        outputs.Add(reader.ReadString(wire, "output"));
                        break;
                    case N.Name:
                        name = reader.ReadString(wire, "name");
                        break;
                    case N.OpType:
                        opType = reader.ReadString(wire, "op_type");
                        break;
                    case N.Attribute:
                        attributes.Add(ReadAttribute(reader.ReadMessage(wire, "attribute", "AttributeProto")));
                        break;
                    case N.Domain:
                        domain = reader.ReadString(wire, "domain");
                        break;
                    default:
                        reader.Skip(wire);
                        break;
                }
            }
            return new OnnxNode(name, opType, domain, inputs, outputs, attributes);
        }

        private static OnnxAttribute ReadAttribute(ProtoReader reader)
        {
            string name = "", s = "";
            var type = OnnxAttributeType.Undefined;
            var inferred = OnnxAttributeType.Undefined;
            float f = 0;
            long i = 0;
            OnnxTensor? t = null;
            OnnxGraph? g = null;
            var floats = new List<float>();
            var ints = new List<long>();
            while (reader.TryReadTag(out int field, out var wire))
            {
                switch (field)
                {
                    case A.Name:
                        name = reader.ReadString(wire, "name");
                        break;
                    case A.Type:
                        type = (OnnxAttributeType)reader.ReadInt32(wire, "type");
                        break;
                    case A.F:
                        f = reader.ReadFloat(wire, "f");
                        inferred = OnnxAttributeType.Float;
                        break;
                    case A.I:
                        i = reader.ReadInt64(wire, "i");
                        inferred = OnnxAttributeType.Int;
                        break;
                    case A.S:
                        s = reader.ReadString(wire, "s");
                        inferred = OnnxAttributeType.String;
                        break;
                    case A.T:
                        t = OnnxTensorReader.Read(reader.ReadMessage(wire, "t", "TensorProto"));
                        inferred = OnnxAttributeType.Tensor;
                        break;
                    case A.G:
                        g = OnnxGraphReader.Read(reader.ReadMessage(wire, "g", "GraphProto"));
                        inferred = OnnxAttributeType.Graph;
                        break;
                    case A.Floats:
                        reader.ReadFloats(wire, "floats", floats);
                        inferred = OnnxAttributeType.Floats;
                        break;
                    case A.Ints:
                        reader.ReadInt64s(wire, "ints", ints);
                        inferred = OnnxAttributeType.Ints;
                        break;
                    default:
                        reader.Skip(wire);
                        break;
                }
            }
            // IR versions before 2 had no type field: the value field present says what it is.
            if (type == OnnxAttributeType.Undefined) type = inferred;
            return new OnnxAttribute(name, type, f, i, s, t, g, floats, ints);
        }
    }
}
