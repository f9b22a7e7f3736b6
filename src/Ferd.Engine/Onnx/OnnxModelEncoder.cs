using System;
using System.Linq;
using Ferd.Onnx.Protobuf;
using N = Ferd.Onnx.OnnxFieldNumbers;

namespace Ferd.Onnx
{
    /// <summary>Serializes the ONNX records to protobuf, field for field what <see cref="OnnxModelReader"/> reads.</summary>
    public static class OnnxModelEncoder
    {
        public static byte[] Encode(OnnxModel model) => Model(model).ToArray();

        internal static ProtoWriter Model(OnnxModel model)
        {
            var w = new ProtoWriter();
            w.WriteVarint(N.Model.IrVersion, model.IrVersion);
            w.WriteString(N.Model.ProducerName, model.ProducerName);
            w.WriteString(N.Model.ProducerVersion, model.ProducerVersion);
            w.WriteMessage(N.Model.Graph, Graph(model.Graph));
            var opset = new ProtoWriter();
            opset.WriteString(N.OperatorSetId.Domain, "");
            opset.WriteVarint(N.OperatorSetId.Version, model.OpsetVersion);
            w.WriteMessage(N.Model.OpsetImport, opset);
            return w;
        }

        internal static ProtoWriter Graph(OnnxGraph graph)
        {
            var w = new ProtoWriter();
            foreach (var node in graph.Nodes) w.WriteMessage(N.Graph.Node, Node(node));
            w.WriteString(N.Graph.Name, graph.Name);
            foreach (var t in graph.Initializers) w.WriteMessage(N.Graph.Initializer, Tensor(t));
            foreach (var v in graph.Inputs) w.WriteMessage(N.Graph.Input, ValueInfo(v));
            foreach (var v in graph.Outputs) w.WriteMessage(N.Graph.Output, ValueInfo(v));
            foreach (var v in graph.ValueInfo) w.WriteMessage(N.Graph.ValueInfo, ValueInfo(v));
            return w;
        }

        internal static ProtoWriter Node(OnnxNode node)
        {
            var w = new ProtoWriter();
            foreach (string input in node.Inputs) w.WriteString(N.Node.Input, input);
            foreach (string output in node.Outputs) w.WriteString(N.Node.Output, output);
            w.WriteString(N.Node.Name, node.Name);
            w.WriteString(N.Node.OpType, node.OpType);
            foreach (var a in node.Attributes) w.WriteMessage(N.Node.Attribute, Attribute(a));
            if (node.Domain.Length > 0) w.WriteString(N.Node.Domain, node.Domain);
            return w;
        }

        internal static ProtoWriter Attribute(OnnxAttribute attribute)
        {
            var w = new ProtoWriter();
            w.WriteString(N.Attribute.Name, attribute.Name);
            w.WriteVarint(N.Attribute.Type, (int)attribute.Type);
            switch (attribute.Type)
            {
                case OnnxAttributeType.Float: w.WriteFloat(N.Attribute.F, attribute.F); break;
                case OnnxAttributeType.Int: w.WriteVarint(N.Attribute.I, attribute.I); break;
                case OnnxAttributeType.String: w.WriteString(N.Attribute.S, attribute.S); break;
                case OnnxAttributeType.Tensor when attribute.T != null: w.WriteMessage(N.Attribute.T, Tensor(attribute.T)); break;
                case OnnxAttributeType.Graph when attribute.G != null: w.WriteMessage(N.Attribute.G, Graph(attribute.G)); break;
                case OnnxAttributeType.Floats: w.WritePackedFloats(N.Attribute.Floats, attribute.Floats); break;
                case OnnxAttributeType.Ints: w.WritePackedVarints(N.Attribute.Ints, attribute.Ints); break;
            }
            return w;
        }

        /// <summary>Floats go to raw_data (little-endian), int64 values to packed int64_data.</summary>
        internal static ProtoWriter Tensor(OnnxTensor tensor)
        {
            var w = new ProtoWriter();
            w.WritePackedVarints(N.Tensor.Dims, tensor.Shape.Select(d => (long)d).ToArray());
            w.WriteVarint(N.Tensor.DataType, (int)tensor.DataType);
            w.WriteString(N.Tensor.Name, tensor.Name);
            if (tensor.Floats != null)
            {
                var raw = new byte[tensor.Floats.Length * 4];
                for (int i = 0; i < tensor.Floats.Length; i++) LittleEndian.WriteSingle(raw.AsSpan(4 * i), tensor.Floats[i]);
                w.WriteBytes(N.Tensor.RawData, raw);
            }
            if (tensor.Int64s != null) w.WritePackedVarints(N.Tensor.Int64Data, tensor.Int64s);
            return w;
        }

        internal static ProtoWriter ValueInfo(OnnxValueInfo value)
        {
            var tensorType = new ProtoWriter();
            tensorType.WriteVarint(N.TensorType.ElemType, (int)value.ElementType);
            if (value.Shape != null)
            {
                var shape = new ProtoWriter();
                foreach (var d in value.Shape)
                {
                    var dim = new ProtoWriter();
                    if (d.Value is long v) dim.WriteVarint(N.Dimension.DimValue, v);
                    else if (d.Param != null) dim.WriteString(N.Dimension.DimParam, d.Param);
                    shape.WriteMessage(N.TensorShape.Dim, dim);
                }
                tensorType.WriteMessage(N.TensorType.Shape, shape);
            }
            var type = new ProtoWriter();
            type.WriteMessage(N.Type.TensorType, tensorType);
            var w = new ProtoWriter();
            w.WriteString(N.ValueInfo.Name, value.Name);
            w.WriteMessage(N.ValueInfo.Type, type);
            return w;
        }
    }
}
