using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Onnx
{
    /// <summary>
    /// The nodes of a network's stage and head, opset 13: the graph inputs joined (Concat), the
    /// features the layers read picked (Gather), shifted, scaled and clamped (Add, Mul, Max, Min);
    /// after the layers the action mask (Gather, Mul, Sub), Softmax, LogSoftmax or ArgMax.
    /// </summary>
    internal sealed class OnnxEndsWriter
    {
        private readonly List<OnnxNode> _nodes;
        private readonly List<OnnxTensor> _initializers;

        public OnnxEndsWriter(List<OnnxNode> nodes, List<OnnxTensor> initializers)
        {
            _nodes = nodes;
            _initializers = initializers;
        }

        /// <summary>The value holding all graph inputs side by side.</summary>
        public string Joined(Network network)
        {
            if (network.Inputs.Count == 1) return network.InputName;
            Node("Concat", "ferd.inputs", network.Inputs.Select(i => i.Name).ToArray(), OnnxActivationWriter.IntAttribute("axis", 1));
            return "ferd.inputs";
        }

        /// <summary>What the first layer reads, from the joined inputs.</summary>
        public string Stage(Network network, string joined)
        {
            var stage = network.Stage;
            string current = joined;
            if (!Enumerable.Range(0, stage.Count).All(j => stage.Source[j] == j) || stage.Count != network.InputCount)
                current = Gather("ferd.stage.pick", current, stage.Source);
            if (stage.Shift.Any(v => v != 0)) current = Apply("Add", "ferd.stage.shift", current, stage.Shift);
            if (stage.Scale.Any(v => v != 1)) current = Apply("Mul", "ferd.stage.scale", current, stage.Scale);
            if (stage.Lower.Any(v => !double.IsNegativeInfinity(v))) current = Apply("Max", "ferd.stage.lower", current, stage.Lower.Select(v => double.IsNegativeInfinity(v) ? float.MinValue : v).ToArray());
            if (stage.Upper.Any(v => !double.IsPositiveInfinity(v))) current = Apply("Min", "ferd.stage.upper", current, stage.Upper.Select(v => double.IsPositiveInfinity(v) ? float.MaxValue : v).ToArray());
            return current;
        }

        /// <summary>The head from the logits into <paramref name="output"/>.</summary>
        public void Head(Network network, string joined, string logits, string output)
        {
            var head = network.Head;
            int count = network.Layers[network.Layers.Count - 1].OutputCount;
            string current = logits;
            if (head.Mask is { } mask)
            {
                string m = Gather("ferd.head.mask", joined, Enumerable.Range(mask.Offset, count).ToArray());
                string masked = Apply("Mul", "ferd.head.masked", current, null, m);
                string slope = Apply("Mul", "ferd.head.penalty_slope", m, Enumerable.Repeat(mask.Penalty1 - mask.Penalty0, count).ToArray());
                string penalty = Apply("Add", "ferd.head.penalty", slope, Enumerable.Repeat(mask.Penalty0, count).ToArray());
                current = Apply("Sub", "ferd.head.norm_logits", masked, null, penalty);
            }
            var groups = head.GroupSizes(count);
            if (groups.Count == 1 || head.Function == OutputFunction.Identity)
            {
                Function(head.Function, current, output);
                return;
            }
            // One head per branch: each group sliced out, its function applied, the results joined.
            var parts = new List<string>();
            int start = 0;
            foreach (int size in groups)
            {
                string prefix = "ferd.head.group" + parts.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                Int64s(prefix + ".starts", start);
                Int64s(prefix + ".ends", start + size);
                Int64s(prefix + ".axes", 1);
                Node("Slice", prefix + ".logits", new[] { current, prefix + ".starts", prefix + ".ends", prefix + ".axes" });
                Function(head.Function, prefix + ".logits", prefix);
                parts.Add(prefix);
                start += size;
            }
            Node("Concat", output, parts.ToArray(), OnnxActivationWriter.IntAttribute("axis", 1));
        }

        private void Function(OutputFunction function, string input, string output)
        {
            switch (function)
            {
                case OutputFunction.Softmax: Node("Softmax", output, new[] { input }, OnnxActivationWriter.IntAttribute("axis", 1)); break;
                case OutputFunction.LogSoftmax: Node("LogSoftmax", output, new[] { input }, OnnxActivationWriter.IntAttribute("axis", 1)); break;
                case OutputFunction.ArgMax: Node("ArgMax", output, new[] { input }, OnnxActivationWriter.IntAttribute("axis", 1), OnnxActivationWriter.IntAttribute("keepdims", 1)); break;
                default: Node("Identity", output, new[] { input }); break;
            }
        }

        private void Int64s(string name, long value) =>
            _initializers.Add(new OnnxTensor(name, OnnxDataType.Int64, new[] { 1 }, null, new[] { value }));

        private string Gather(string name, string input, int[] indices)
        {
            _initializers.Add(new OnnxTensor(name + ".indices", OnnxDataType.Int64, new[] { indices.Length }, null, indices.Select(i => (long)i).ToArray()));
            Node("Gather", name, new[] { input, name + ".indices" }, OnnxActivationWriter.IntAttribute("axis", 1));
            return name;
        }

        /// <summary>op(input, constant) with a per-feature constant, or op(input, other) with a computed one.</summary>
        private string Apply(string op, string name, string input, double[]? constant, string? other = null)
        {
            if (constant != null)
            {
                other = name + ".value";
                _initializers.Add(new OnnxTensor(other, OnnxDataType.Float, new[] { constant.Length }, constant.Select(v => (float)v).ToArray(), null));
            }
            Node(op, name, new[] { input, other! });
            return name;
        }

        private void Node(string op, string output, string[] inputs, params OnnxAttribute[] attributes) =>
            _nodes.Add(new OnnxNode(output, op, "", inputs, new[] { output }, attributes));
    }
}
