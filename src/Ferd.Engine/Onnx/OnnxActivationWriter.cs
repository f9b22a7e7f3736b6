using System.Collections.Generic;
using System.Globalization;

namespace Ferd.Onnx
{
    /// <summary>Collects the nodes and scalar constants an activation is written back to ONNX as.</summary>
    public sealed class OnnxActivationWriter
    {
        private readonly string _prefix;
        private readonly List<OnnxNode> _nodes;
        private readonly List<OnnxTensor> _initializers;
        private int _values;

        public OnnxActivationWriter(string prefix, List<OnnxNode> nodes, List<OnnxTensor> initializers)
        {
            _prefix = prefix;
            _nodes = nodes;
            _initializers = initializers;
        }

        public void Node(string op, string output, string input, params OnnxAttribute[] attributes) =>
            Node(op, output, new[] { input }, attributes);

        public void Node(string op, string output, string[] inputs, params OnnxAttribute[] attributes)
        {
            // "layer0.tanh"; a second node of the same operator gets a number.
            string name = $"{_prefix}.{op.ToLowerInvariant()}";
            if (_nodes.Exists(n => n.Name == name)) name += _nodes.Count.ToString(CultureInfo.InvariantCulture);
            _nodes.Add(new OnnxNode(name, op, "", inputs, new[] { output }, attributes));
        }

        /// <summary>A fresh name for an intermediate value.</summary>
        public string Value() => $"{_prefix}.v{(_values++).ToString(CultureInfo.InvariantCulture)}";

        /// <summary>A float32 scalar constant, by name.</summary>
        public string Scalar(double value)
        {
            string name = Value();
            _initializers.Add(new OnnxTensor(name, OnnxDataType.Float, new int[0], new[] { (float)value }, null));
            return name;
        }

        public static OnnxAttribute IntAttribute(string name, long value) =>
            new OnnxAttribute(name, OnnxAttributeType.Int, 0, value, "", null, null, new float[0], new long[0]);

        public static OnnxAttribute FloatAttribute(string name, double value) =>
            new OnnxAttribute(name, OnnxAttributeType.Float, (float)value, 0, "", null, null, new float[0], new long[0]);
    }
}
