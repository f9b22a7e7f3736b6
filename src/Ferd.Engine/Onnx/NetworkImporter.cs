using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;
using Ferd.Onnx.Import;
using Ferd.Onnx.Interpreter;

namespace Ferd.Onnx
{
    /// <summary>
    /// Turns an ONNX graph that is a chain of dense layers into the <see cref="Network"/> IR.
    /// Everything affine between two activations (input normalization, Gemm or MatMul + Add,
    /// output de-normalization) is composed exactly into one layer's weights and bias.
    /// </summary>
    public static class NetworkImporter
    {
        public static Network Import(byte[] bytes) => Import(OnnxModelReader.Read(bytes));

        public static Network Import(OnnxModel model)
        {
            var graph = model.Graph;
            if (graph.Inputs.Count != 1 || graph.Outputs.Count != 1)
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                    $"The graph has {graph.Inputs.Count} inputs and {graph.Outputs.Count} outputs; Ferd compiles networks with one of each.");
            if (graph.Inputs[0].Name == graph.Outputs[0].Name)
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                    $"The graph output '{graph.Outputs[0].Name}' is its input; there is no layer to compile.");
            GraphOrder.Topological(graph);
            var constants = new Dictionary<string, OnnxTensor>();
            foreach (var t in graph.Initializers)
            {
                if (t.Floats != null && t.Floats.Any(v => float.IsNaN(v) || float.IsInfinity(v)))
                    throw new ModelException(ModelErrorKind.NonFiniteWeights, $"Tensor '{t.Name}' contains NaN or infinity.");
                constants[t.Name] = t;
            }
            int features = InputFeatures(graph.Inputs[0]);
            var chain = new ChainBuilder(features, constants);
            string current = graph.Inputs[0].Name;
            var consumers = Consumers(graph, constants);
            var visited = new HashSet<OnnxNode>();
            while (true)
            {
                var next = consumers.TryGetValue(current, out var list) ? list : new List<OnnxNode>();
                bool isOutput = current == graph.Outputs[0].Name;
                if (next.Count == 0 && isOutput) break;
                if (next.Count == 0)
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                        $"Value '{current}' is used by no node and is not the graph output; Ferd compiles a single chain from input to output.");
                if (!isOutput && Gated(next, current, consumers) is var (gate, product))
                {
                    if (!visited.Add(gate) || !visited.Add(product)) throw NodeErrors.Shape(product, "the graph has a cycle through this node");
                    chain.ApplyGated(gate, product);
                    current = product.Outputs[0];
                    continue;
                }
                if (next.Count > 1 || isOutput)
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                        $"Value '{current}' feeds {next.Count + (isOutput ? 1 : 0)} consumers; Ferd compiles a single chain of dense layers without branches.");
                var node = next[0];
                if (!visited.Add(node)) throw NodeErrors.Shape(node, "the graph has a cycle through this node");
                chain.Apply(node, current);
                current = node.Outputs[0];
            }
            var skipped = graph.Nodes.FirstOrDefault(n => !visited.Contains(n));
            if (skipped != null) throw NodeErrors.Shape(skipped, "the node is not on the chain from the graph input to its output");
            var layers = chain.Finish(graph.Outputs[0]);
            return new Network(layers, graph.Inputs[0].Name, graph.Outputs[0].Name);
        }

        /// <summary>The feature count of an input shaped [batch, features]; only the batch may be dynamic.</summary>
        private static int InputFeatures(OnnxValueInfo input)
        {
            if (input.ElementType != OnnxDataType.Float)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has element type {input.ElementType}; Ferd compiles float32 networks only.");
            var shape = input.Shape;
            if (shape == null || shape.Count != 2)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has shape [{(shape == null ? "unknown" : string.Join(", ", shape))}]; Ferd expects [batch, features].");
            var batch = shape[0];
            if (batch.Value is long b && b != 1)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has a fixed batch dimension of {b}; export it with a dynamic batch axis.");
            if (shape[1].Value is not long f || f <= 0 || f > int.MaxValue)
                throw new ModelException(ModelErrorKind.UnsupportedTensor,
                    $"Graph input '{input.Name}' has dynamic or empty feature dimension '{shape[1]}'; only the batch dimension may be dynamic.");
            return (int)f;
        }

        /// <summary>
        /// x · g(x), a value times a gate of itself, as exporters write HardSwish before opset 14:
        /// the value feeds the gate and the product, and the gate only the product.
        /// </summary>
        private static (OnnxNode Gate, OnnxNode Product)? Gated(List<OnnxNode> next, string value, Dictionary<string, List<OnnxNode>> consumers)
        {
            if (next.Count != 2) return null;
            foreach (var gate in next)
            {
                var product = next[0] == gate ? next[1] : next[0];
                if (gate.OpType == "Mul" || product.OpType != "Mul" || gate.Inputs.Count != 1) continue;
                bool onlyProduct = consumers.TryGetValue(gate.Outputs[0], out var readers) && readers.Count == 1 && readers[0] == product;
                var operands = product.Inputs;
                if (onlyProduct && operands.Count == 2 && operands.Contains(value) && operands.Contains(gate.Outputs[0])) return (gate, product);
            }
            return null;
        }

        /// <summary>For every computed value, the nodes that read it (constants are not followed).</summary>
        private static Dictionary<string, List<OnnxNode>> Consumers(OnnxGraph graph, Dictionary<string, OnnxTensor> constants)
        {
            var consumers = new Dictionary<string, List<OnnxNode>>();
            foreach (var node in graph.Nodes)
            {
                foreach (string input in node.Inputs.Where(i => i.Length > 0 && !constants.ContainsKey(i)))
                {
                    if (!consumers.TryGetValue(input, out var list)) consumers[input] = list = new List<OnnxNode>();
                    list.Add(node);
                }
            }
            return consumers;
        }
    }
}
