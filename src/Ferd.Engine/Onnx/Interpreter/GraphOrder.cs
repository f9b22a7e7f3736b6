using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>
    /// Orders a graph's nodes so each runs after its inputs exist, and rejects what cannot run:
    /// values produced twice, inputs nothing produces, outputs nothing produces and cycles.
    /// </summary>
    internal static class GraphOrder
    {
        /// <summary>The order the interpreter runs: every node must be an operator it knows, with one output.</summary>
        public static IReadOnlyList<OnnxNode> Topological(OnnxGraph graph)
        {
            foreach (var node in graph.Nodes)
            {
                if (!(node.Domain is "" or "ai.onnx") || !OperatorNames.Supported.Contains(node.OpType)) throw NodeErrors.Unsupported(node);
                if (node.Outputs.Count != 1 || node.Outputs[0].Length == 0)
                    throw NodeErrors.Shape(node, $"expected one output, found {node.Outputs.Count(o => o.Length > 0)}");
            }
            return Ordered(graph);
        }

        /// <summary>
        /// Any nodes, any number of outputs, in evaluation order (Kahn's algorithm, ready nodes taken
        /// in file order so well-formed graphs keep their order).
        /// </summary>
        public static IReadOnlyList<OnnxNode> Ordered(OnnxGraph graph)
        {
            var nodes = graph.Nodes;
            var available = new HashSet<string>(graph.Inputs.Select(i => i.Name).Concat(graph.Initializers.Select(t => t.Name)));
            var producers = new HashSet<string>();
            foreach (var node in nodes)
            {
                foreach (string o in node.Outputs.Where(o => o.Length > 0))
                {
                    if (available.Contains(o) || !producers.Add(o)) throw NodeErrors.Shape(node, $"value '{o}' is produced more than once");
                }
            }
            foreach (var output in graph.Outputs)
            {
                if (!available.Contains(output.Name) && !producers.Contains(output.Name))
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"Graph output '{output.Name}' is not produced by any node.");
            }
            var waiting = new int[nodes.Count];
            var readers = new Dictionary<string, List<int>>();
            var ready = new Queue<int>();
            for (int n = 0; n < nodes.Count; n++)
            {
                var missing = nodes[n].Inputs.Where(i => i.Length > 0 && !available.Contains(i)).Distinct().ToList();
                foreach (string input in missing)
                {
                    if (!producers.Contains(input))
                        throw NodeErrors.Shape(nodes[n], $"input '{input}' is neither a graph input, an initializer nor another node's output");
                    if (!readers.TryGetValue(input, out var list)) readers[input] = list = new List<int>();
                    list.Add(n);
                }
                waiting[n] = missing.Count;
                if (missing.Count == 0) ready.Enqueue(n);
            }
            var order = new List<OnnxNode>();
            while (ready.Count > 0)
            {
                int n = ready.Dequeue();
                order.Add(nodes[n]);
                foreach (string o in nodes[n].Outputs)
                {
                    if (!readers.TryGetValue(o, out var next)) continue;
                    foreach (int m in next) if (--waiting[m] == 0) ready.Enqueue(m);
                }
            }
            int stuck = System.Array.FindIndex(waiting, w => w > 0);
            if (stuck >= 0) throw NodeErrors.Shape(nodes[stuck], "the graph has a cycle through this node");
            return order;
        }
    }
}
