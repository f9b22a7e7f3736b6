using System.Collections.Generic;
using System.Linq;

namespace Ferd.Onnx.Interpreter
{
    /// <summary>
    /// Orders a graph's nodes so each runs after its inputs exist, and rejects what cannot run:
    /// unsupported operators, inputs nothing produces, cycles and values produced twice.
    /// </summary>
    internal static class GraphOrder
    {
        public static IReadOnlyList<OnnxNode> Topological(OnnxGraph graph)
        {
            var available = new HashSet<string>(graph.Inputs.Select(i => i.Name).Concat(graph.Initializers.Select(t => t.Name)));
            var producers = new Dictionary<string, OnnxNode>();
            foreach (var node in graph.Nodes)
            {
                if (!(node.Domain is "" or "ai.onnx") || !OperatorNames.Supported.Contains(node.OpType)) throw NodeErrors.Unsupported(node);
                if (node.Outputs.Count != 1 || node.Outputs[0].Length == 0)
                    throw NodeErrors.Shape(node, $"expected one output, found {node.Outputs.Count(o => o.Length > 0)}");
                if (available.Contains(node.Outputs[0]) || producers.ContainsKey(node.Outputs[0]))
                    throw NodeErrors.Shape(node, $"value '{node.Outputs[0]}' is produced more than once");
                producers[node.Outputs[0]] = node;
            }
            foreach (var node in graph.Nodes)
            {
                foreach (string input in node.Inputs.Where(i => i.Length > 0))
                {
                    if (!available.Contains(input) && !producers.ContainsKey(input))
                        throw NodeErrors.Shape(node, $"input '{input}' is neither a graph input, an initializer nor another node's output");
                }
            }
            foreach (var output in graph.Outputs)
            {
                if (!available.Contains(output.Name) && !producers.ContainsKey(output.Name))
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"Graph output '{output.Name}' is not produced by any node.");
            }

            // Kahn's algorithm, taking ready nodes in file order so well-formed graphs keep their order.
            var nodes = graph.Nodes;
            var waiting = new int[nodes.Count];
            var consumers = new Dictionary<string, List<int>>();
            var ready = new Queue<int>();
            for (int n = 0; n < nodes.Count; n++)
            {
                var missing = nodes[n].Inputs.Where(i => i.Length > 0 && !available.Contains(i)).Distinct().ToList();
                foreach (string input in missing)
                {
                    if (!consumers.TryGetValue(input, out var list)) consumers[input] = list = new List<int>();
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
                if (!consumers.TryGetValue(nodes[n].Outputs[0], out var next)) continue;
                foreach (int consumer in next)
                {
                    if (--waiting[consumer] == 0) ready.Enqueue(consumer);
                }
            }
            int stuck = System.Array.FindIndex(waiting, w => w > 0);
            if (stuck >= 0) throw NodeErrors.Shape(nodes[stuck], "the graph has a cycle through this node");
            return order;
        }
    }
}
