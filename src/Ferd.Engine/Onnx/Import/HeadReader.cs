using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// Reads what follows the last layer: ML-Agents' action mask (logits · m − C · (1 − m), with m a
    /// slice of a graph input), then Softmax or LogSoftmax, then ArgMax, with single-operand Concat
    /// and Cast nodes passed through.
    /// </summary>
    internal sealed class HeadReader
    {
        private readonly PreparedGraph _graph;
        private readonly Dictionary<string, OnnxNode> _producers;
        private readonly Dictionary<string, List<OnnxNode>> _consumers;
        private readonly Dictionary<string, int> _offsets;
        private readonly Action<OnnxNode> _visit;
        private OutputFunction _function = OutputFunction.Identity;
        private ActionMask? _mask;
        private int _maskWidth;
        private bool _started;

        public HeadReader(PreparedGraph graph, Dictionary<string, OnnxNode> producers, Dictionary<string, List<OnnxNode>> consumers,
            Dictionary<string, int> offsets, Action<OnnxNode> visit)
        {
            _graph = graph;
            _producers = producers;
            _consumers = consumers;
            _offsets = offsets;
            _visit = visit;
        }

        public OutputHead Head => new OutputHead(_function, _mask);

        /// <summary>A graph input that reaches no dense operator: read by the head (an action mask), not the layers.</summary>
        public bool IsMask(string input)
        {
            var seen = new HashSet<string>();
            var pending = new Stack<string>();
            pending.Push(input);
            while (pending.Count > 0)
            {
                string value = pending.Pop();
                if (!seen.Add(value) || !_consumers.TryGetValue(value, out var readers)) continue;
                foreach (var node in readers)
                {
                    if (node.OpType is "Gemm" or "MatMul" or "BatchNormalization") return false;
                    pending.Push(node.Outputs[0]);
                }
            }
            return _graph.Inputs.Count > 1;
        }

        /// <summary>True when <paramref name="node"/>, reading the chain's <paramref name="value"/>, belongs to the head.</summary>
        public bool Reads(OnnxNode node, string value)
        {
            if (_started) return true;
            bool masks = node.OpType == "Mul" && node.Inputs.Any(i => i != value && i.Length > 0 && !_graph.Constants.ContainsKey(i));
            return masks || node.OpType is "Softmax" or "LogSoftmax" or "ArgMax";
        }

        public string Apply(OnnxNode node, string value)
        {
            _started = true;
            switch (node.OpType)
            {
                case "Mul" when _function == OutputFunction.Identity && _mask == null:
                    return ApplyMask(node, value);
                case "Softmax" when _function == OutputFunction.Identity:
                case "LogSoftmax" when _function == OutputFunction.Identity:
                    RequireFeatureAxis(node, node.Int("axis", _graph.Opset >= 13 ? -1 : 1));
                    _function = node.OpType == "Softmax" ? OutputFunction.Softmax : OutputFunction.LogSoftmax;
                    return node.Outputs[0];
                case "ArgMax" when _function != OutputFunction.ArgMax:
                    RequireFeatureAxis(node, node.Int("axis", 0));
                    if (node.Int("select_last_index", 0) != 0) throw NodeErrors.Shape(node, "it selects the last of equal values; Ferd's argmax takes the first");
                    // Softmax and its logarithm keep the order of the logits: the index is the logits' argmax.
                    _function = OutputFunction.ArgMax;
                    return node.Outputs[0];
                case "Concat" when node.Inputs.Count(i => i.Length > 0) == 1:
                case "Cast" when _function == OutputFunction.ArgMax:
                    return node.Outputs[0];
                default:
                    throw NodeErrors.Shape(node, $"Ferd reads an action mask, then Softmax or LogSoftmax, then ArgMax after the last layer, not {node.OpType} after {_function}");
            }
        }

        /// <summary>The head, checked against the last layer's width and the inputs.</summary>
        public OutputHead Finish(int logits, IReadOnlyList<InputSegment> segments, bool checkOutput = true)
        {
            if (_mask != null && _maskWidth != logits)
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"The action mask covers {_maskWidth} values but the last layer gives {logits} logits.");
            if (checkOutput && _function == OutputFunction.ArgMax && _graph.Output.Shape is { } shape && shape.Skip(1).Any(d => d.Value is long n && n != 1))
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"Output '{_graph.Output.Name}' declares shape [{string.Join(", ", shape)}]; an argmax gives one index per row.");
            return Head;
        }

        /// <summary>logits · m − q(m), where m is a slice of a graph input and q an affine function of m alone.</summary>
        private string ApplyMask(OnnxNode product, string logits)
        {
            string mask = product.Inputs.First(i => i != logits);
            var (offset, width) = MaskSource(mask, product);
            var readers = _consumers.TryGetValue(product.Outputs[0], out var found) ? found : new List<OnnxNode>();
            if (readers.Count != 1 || readers[0].OpType != "Sub" || readers[0].Inputs.Count != 2 || readers[0].Inputs[0] != product.Outputs[0])
                throw NodeErrors.Shape(product, "a masked logit must be followed by the subtraction of its penalty");
            var subtract = readers[0];
            var penalty = Penalty(subtract.Inputs[1], mask, subtract);
            _visit(subtract);
            _mask = new ActionMask(offset, penalty.Q0, penalty.Q1);
            _maskWidth = width;
            return subtract.Outputs[0];
        }

        /// <summary>Where in the network's input the mask lies: a graph input, or a slice of one along the features.</summary>
        private (int Offset, int Width) MaskSource(string value, OnnxNode user)
        {
            int start = 0;
            int? end = null;
            while (_producers.TryGetValue(value, out var node))
            {
                if (node.OpType != "Slice" || node.Inputs.Count == 0) throw NodeErrors.Shape(user, $"the mask '{value}' is computed by {node.OpType}; Ferd reads a graph input or a slice of one");
                _visit(node);
                var (s, e) = SliceBounds(node);
                start += s;
                end = end == null ? start + (e - s) : Math.Min(end.Value, start + (e - s));
                value = node.Inputs[0];
            }
            if (!_offsets.TryGetValue(value, out int offset)) throw NodeErrors.Shape(user, $"the mask '{value}' is not a graph input");
            int length = _graph.Inputs.First(i => i.Name == value) is var input ? InputShape.Features(input) : 0;
            int stop = Math.Min(end ?? length, length);
            if (stop <= start) throw NodeErrors.Shape(user, $"the mask '{value}' is sliced to no value");
            return (offset + start, stop - start);
        }

        private (int Start, int End) SliceBounds(OnnxNode node)
        {
            long[]? Ints(string attribute, int input) =>
                node.Attribute(attribute)?.Ints.ToArray()
                ?? (node.OptionalInput(input) is { } name && _graph.Constants.TryGetValue(name, out var t) ? t.Int64s : null);
            long[] starts = Ints("starts", 1) ?? throw NodeErrors.Shape(node, "its starts are not constant");
            long[] ends = Ints("ends", 2) ?? throw NodeErrors.Shape(node, "its ends are not constant");
            long[] axes = Ints("axes", 3) ?? new long[] { 1 };
            long[]? steps = node.OptionalInput(4) is { } st && _graph.Constants.TryGetValue(st, out var stepTensor) ? stepTensor.Int64s : null;
            if (starts.Length != 1 || ends.Length != 1 || axes.Length != 1 || (axes[0] != 1 && axes[0] != -1) || (steps != null && steps.Any(s => s != 1)) || starts[0] < 0 || starts[0] > int.MaxValue || ends[0] < 0)
                throw NodeErrors.Shape(node, "Ferd reads a slice of the features with step 1");
            return ((int)starts[0], (int)Math.Min(ends[0], int.MaxValue));
        }

        /// <summary>q(0) and q(1) of the penalty q(m), which must be affine in m.</summary>
        private (double Q0, double Q1) Penalty(string value, string mask, OnnxNode user)
        {
            var nodes = new List<OnnxNode>();
            var pending = new Stack<string>();
            pending.Push(value);
            while (pending.Count > 0)
            {
                string v = pending.Pop();
                if (v == mask || v.Length == 0 || _graph.Constants.ContainsKey(v)) continue;
                if (!_producers.TryGetValue(v, out var node)) throw NodeErrors.Shape(user, $"the penalty reads '{v}', which is not the mask");
                if (nodes.Contains(node)) continue;
                nodes.Add(node);
                foreach (string i in node.Inputs) pending.Push(i);
            }
            var ordered = _graph.Nodes.Where(nodes.Contains).ToList();
            var q = ScalarGraph.Of(ordered, mask, value, _graph.Constants)
                ?? throw NodeErrors.Shape(user, "the penalty is not an elementwise function of the mask");
            double q0 = q.Evaluate(0), q1 = q.Evaluate(1), half = q.Evaluate(0.5);
            if (double.IsNaN(q0) || double.IsNaN(q1) || Math.Abs(half - (q0 + q1) / 2) > 1e-9 * (1 + Math.Abs(q0) + Math.Abs(q1)))
                throw NodeErrors.Shape(user, "the penalty is not an affine function of the mask");
            foreach (var node in ordered) _visit(node);
            return (q0, q1);
        }

        private static void RequireFeatureAxis(OnnxNode node, long axis)
        {
            if (axis != 1 && axis != -1) throw NodeErrors.Shape(node, $"it works along axis {axis}, not the features");
        }
    }
}
