using System.Collections.Generic;
using System.Linq;
using Ferd.Onnx.Protobuf;
using G = Ferd.Onnx.OnnxFieldNumbers.Graph;

namespace Ferd.Onnx
{
    /// <summary>Reads GraphProto, turning Constant nodes into initializers.</summary>
    internal static class OnnxGraphReader
    {
        public static OnnxGraph Read(ProtoReader reader)
        {
            var nodes = new List<OnnxNode>();
            var initializers = new List<OnnxTensor>();
            var inputs = new List<OnnxValueInfo>();
            var outputs = new List<OnnxValueInfo>();
            var valueInfo = new List<OnnxValueInfo>();
            string name = "";
            while (reader.TryReadTag(out int field, out var wire))
            {
                switch (field)
                {
                    case G.Node:
                        var node = OnnxNodeReader.Read(reader.ReadMessage(wire, "node", "NodeProto"));
                        if (node.OpType == "Constant" && node.Domain is "" or "ai.onnx") initializers.Add(ConstantValue(node));
                        else nodes.Add(node);
                        break;
                    case G.Name:
                        name = reader.ReadString(wire, "name");
                        break;
                    case G.Initializer:
                        initializers.Add(OnnxTensorReader.Read(reader.ReadMessage(wire, "initializer", "TensorProto")));
                        break;
                    case G.Input:
                        inputs.Add(OnnxValueInfoReader.Read(reader.ReadMessage(wire, "input", "ValueInfoProto")));
                        break;
                    case G.Output:
                        outputs.Add(OnnxValueInfoReader.Read(reader.ReadMessage(wire, "output", "ValueInfoProto")));
                        break;
                    case G.ValueInfo:
                        valueInfo.Add(OnnxValueInfoReader.Read(reader.ReadMessage(wire, "value_info", "ValueInfoProto")));
                        break;
                    default:
                        reader.Skip(wire);
                        break;
                }
            }
            // Before IR 4 every initializer was also listed as a graph input; those are not real inputs.
            var constant = new HashSet<string>(initializers.Select(t => t.Name));
            return new OnnxGraph(name, nodes, initializers, inputs.Where(i => !constant.Contains(i.Name)).ToList(), outputs, valueInfo);
        }

        /// <summary>The tensor a Constant node produces, named after its output.</summary>
        private static OnnxTensor ConstantValue(OnnxNode node)
        {
            string output = node.Outputs.Count == 1 ? node.Outputs[0]
                : throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                    $"Constant node '{node.DisplayName}' has {node.Outputs.Count} outputs; expected 1.");
            var attribute = node.Attributes.FirstOrDefault(a => a.Name.StartsWith("value", System.StringComparison.Ordinal));
            switch (attribute?.Name)
            {
                case "value" when attribute.T != null:
                    var t = attribute.T;
                    return new OnnxTensor(output, t.DataType, t.Shape.ToArray(), t.Floats, t.Int64s);
                case "value_float":
                    return new OnnxTensor(output, OnnxDataType.Float, new int[0], new[] { attribute.F }, null);
                case "value_floats":
                    return new OnnxTensor(output, OnnxDataType.Float, new[] { attribute.Floats.Count }, attribute.Floats.ToArray(), null);
                case "value_int":
                    return new OnnxTensor(output, OnnxDataType.Int64, new int[0], null, new[] { attribute.I });
                case "value_ints":
                    return new OnnxTensor(output, OnnxDataType.Int64, new[] { attribute.Ints.Count }, null, attribute.Ints.ToArray());
                default:
                    throw new ModelException(ModelErrorKind.UnsupportedTensor,
                        $"Constant node '{node.DisplayName}' holds a {attribute?.Name ?? "missing"} value; Ferd reads float32 and int64 tensors only.");
            }
        }
    }
}
