using System.Collections.Generic;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// A graph cut down to what one output needs: constants folded, pass-through nodes gone, the
    /// nodes in evaluation order, and the graph inputs the output reads, in graph order.
    /// </summary>
    internal sealed record PreparedGraph(
        IReadOnlyList<OnnxNode> Nodes,
        Dictionary<string, OnnxTensor> Constants,
        IReadOnlyList<OnnxValueInfo> Inputs,
        OnnxValueInfo Output)
    {
        /// <summary>The value the output names, after pass-through nodes: where the chain ends.</summary>
        public string OutputValue { get; init; } = Output.Name;

        /// <summary>The opset of the default domain, which sets some attributes' defaults.</summary>
        public long Opset { get; init; }

        /// <summary>For every computed value, the nodes that read it (constants are not followed).</summary>
        public Dictionary<string, List<OnnxNode>> Consumers()
        {
            var consumers = new Dictionary<string, List<OnnxNode>>();
            foreach (var node in Nodes)
            {
                foreach (string input in node.Inputs)
                {
                    if (input.Length == 0 || Constants.ContainsKey(input)) continue;
                    if (!consumers.TryGetValue(input, out var list)) consumers[input] = list = new List<OnnxNode>();
                    if (!list.Contains(node)) list.Add(node);
                }
            }
            return consumers;
        }
    }
}
