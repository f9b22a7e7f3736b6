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
                        reader.Expect(wire, WireType.LengthDelimited, "input");
                        inputs.Add(reader.ReadString());
                        break;
                    case N.Output:
                        reader.Expect(wire, WireType.LengthDelimited, "output");
                        outputs.Add(reader.ReadString());
                        break;
                    case N.Name:
                        reader.Expect(wire, WireType.LengthDelimited, "name");
                        name = reader.ReadString();
                        break;
                    case N.OpType:
                        reader.Expect(wire, WireType.LengthDelimited, "op_type");
                        opType = reader.ReadString();
                        break;
                    case N.Attribute:
                        reader.Expect(wire, WireType.LengthDelimited, "attribute");
                        attributes.Add(ReadAttribute(reader.ReadMessage("AttributeProto")));
                        break;
                    case N.Domain:
                        reader.Expect(wire, WireType.LengthDelimited, "domain");
                        domain = reader.ReadString();
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
                        reader.Expect(wire, WireType.LengthDelimited, "name");
                        name = reader.ReadString();
                        break;
                    case A.Type:
                        reader.Expect(wire, WireType.Varint, "type");
                        type = (OnnxAttributeType)reader.ReadInt32();
                        break;
                    case A.F:
                        reader.Expect(wire, WireType.Fixed32, "f");
                        f = reader.ReadFloat();
                        inferred = OnnxAttributeType.Float;
                        break;
                    case A.I:
                        reader.Expect(wire, WireType.Varint, "i");
                        i = reader.ReadInt64();
                        inferred = OnnxAttributeType.Int;
                        break;
                    case A.S:
                        reader.Expect(wire, WireType.LengthDelimited, "s");
                        s = reader.ReadString();
                        inferred = OnnxAttributeType.String;
                        break;
                    case A.T:
                        reader.Expect(wire, WireType.LengthDelimited, "t");
                        t = OnnxTensorReader.Read(reader.ReadMessage("TensorProto"));
                        inferred = OnnxAttributeType.Tensor;
                        break;
                    case A.G:
                        reader.Expect(wire, WireType.LengthDelimited, "g");
                        g = OnnxGraphReader.Read(reader.ReadMessage("GraphProto"));
                        inferred = OnnxAttributeType.Graph;
                        break;
                    case A.Floats:
                        reader.ExpectRepeated(wire, WireType.Fixed32, "floats");
                        reader.ReadFloats(wire, floats);
                        inferred = OnnxAttributeType.Floats;
                        break;
                    case A.Ints:
                        reader.ExpectRepeated(wire, WireType.Varint, "ints");
                        reader.ReadInt64s(wire, ints);
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
