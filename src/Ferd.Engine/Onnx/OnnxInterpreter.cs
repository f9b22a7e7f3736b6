using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;
using Ferd.Onnx.Interpreter;

namespace Ferd.Onnx
{
    /// <summary>
    /// Runs an ONNX graph in float32, operator by operator as the ONNX specification defines them.
    /// It is the oracle the import, the compression and the generated code are checked against.
    /// </summary>
    public sealed class OnnxInterpreter
    {
        private readonly OnnxGraph _graph;
        private readonly Dictionary<string, OnnxTensor> _constants;
        private readonly IReadOnlyList<OnnxNode> _order;

        public OnnxInterpreter(OnnxGraph graph)
        {
            _graph = graph;
            _constants = new Dictionary<string, OnnxTensor>();
            foreach (var t in graph.Initializers) _constants[t.Name] = t;
            _order = GraphOrder.Topological(graph);
        }

        public OnnxInterpreter(OnnxModel model)
            : this(model.Graph)
        {
        }

        /// <summary>Evaluates the graph; <paramref name="inputs"/> are keyed by graph input name.</summary>
        public IReadOnlyDictionary<string, Tensor> Run(IReadOnlyDictionary<string, Tensor> inputs)
        {
            var values = new Dictionary<string, Tensor>();
            foreach (var input in _graph.Inputs)
            {
                if (!inputs.TryGetValue(input.Name, out var value))
                    throw new ArgumentException($"No value for graph input '{input.Name}'.", nameof(inputs));
                values[input.Name] = value;
            }
            foreach (var node in _order)
            {
                Tensor result = Apply(node, i => Input(node, i, values));
                values[node.Outputs[0]] = result;
            }
            return _graph.Outputs.ToDictionary(o => o.Name, o => values.TryGetValue(o.Name, out var v) ? v : Constant(o.Name));
        }

        /// <summary>Evaluates a graph with one input and one output for a batch of rows.</summary>
        public float[][] Run(IReadOnlyList<float[]> rows)
        {
            if (_graph.Inputs.Count != 1 || _graph.Outputs.Count != 1)
                throw new InvalidOperationException("Row evaluation needs a graph with exactly one input and one output.");
            int features = rows.Count == 0 ? 0 : rows[0].Length;
            var batch = new Tensor(new[] { rows.Count, features }, rows.SelectMany(r => r).ToArray());
            var output = Run(new Dictionary<string, Tensor> { [_graph.Inputs[0].Name] = batch })[_graph.Outputs[0].Name];
            int width = rows.Count == 0 ? 0 : output.Data.Length / rows.Count;
            return Enumerable.Range(0, rows.Count).Select(r => output.Data.Skip(r * width).Take(width).ToArray()).ToArray();
        }

        private Tensor Apply(OnnxNode node, Func<int, Tensor?> input)
        {
            Tensor Required(int i) => input(i) ?? throw NodeErrors.Shape(node, $"input {i} is missing");
            switch (node.OpType)
            {
                case "Gemm": return LinearOperators.Gemm(node, Required(0), Required(1), input(2));
                case "MatMul": return LinearOperators.MatMul(node, Required(0), Required(1));
                case "Add": return Binary(node, Required(0), Required(1), (a, b) => a + b);
                case "Sub": return Binary(node, Required(0), Required(1), (a, b) => a - b);
                case "Mul": return Binary(node, Required(0), Required(1), (a, b) => a * b);
                case "Div": return Binary(node, Required(0), Required(1), (a, b) => a / b);
                case "Relu": return Activate(Required(0), Activation.Relu);
                case "LeakyRelu": return Activate(Required(0), Activation.LeakyRelu(node.Float("alpha", 0.01f)));
                case "Tanh": return Activate(Required(0), Activation.Tanh);
                case "Sigmoid": return Activate(Required(0), Activation.Sigmoid);
                case "Identity": return Required(0);
                case "Clip":
                    var (min, max) = ClipBounds.Of(node, i => input(i) is { } bound ? UnaryOperators.Single(node, bound, i == 1 ? "min" : "max") : null);
                    return UnaryOperators.Map(Required(0), x => Math.Min(Math.Max(x, min), max));
                case "Flatten": return ShapeOperators.Flatten(node, Required(0));
                case "Transpose": return ShapeOperators.Transpose(node, Required(0));
                case "Reshape": return ShapeOperators.Reshape(node, Required(0), ShapeArgument(node));
                default: throw NodeErrors.Unsupported(node);
            }
        }

        /// <summary>The IR's own activation functions, in double, rounded once to float.</summary>
        private static Tensor Activate(Tensor x, Activation activation) => UnaryOperators.Map(x, activation.Apply);

        private static Tensor Binary(OnnxNode node, Tensor a, Tensor b, Func<float, float, float> op) =>
            Broadcast.Apply(a, b, op, reason => NodeErrors.Shape(node, reason));

        private Tensor? Input(OnnxNode node, int index, Dictionary<string, Tensor> values)
        {
            string? name = node.OptionalInput(index);
            if (name == null) return null;
            return values.TryGetValue(name, out var value) ? value : Constant(name);
        }

        private Tensor Constant(string name) => _constants[name].ToTensor();

        private long[] ShapeArgument(OnnxNode node)
        {
            string? name = node.OptionalInput(1);
            if (name != null && _constants.TryGetValue(name, out var t) && t.Int64s != null) return t.Int64s;
            throw NodeErrors.Shape(node, "the target shape must be a constant int64 tensor");
        }
    }
}
