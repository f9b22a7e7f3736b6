using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// Walks a prepared graph from its inputs to the chosen output: per-input stages up to the Concat
    /// that joins them, the chain of layers, and the head after the last one.
    /// </summary>
    internal sealed class ChainWalk
    {
        private readonly PreparedGraph _graph;
        private readonly Dictionary<string, List<OnnxNode>> _consumers;
        private readonly Dictionary<string, OnnxNode> _producers = new Dictionary<string, OnnxNode>();
        private readonly HashSet<OnnxNode> _visited = new HashSet<OnnxNode>();
        private readonly List<InputSegment> _segments;
        private readonly Dictionary<string, int> _offsets = new Dictionary<string, int>();
        private readonly HeadReader _head;

        public ChainWalk(PreparedGraph graph)
        {
            _graph = graph;
            _consumers = graph.Consumers();
            foreach (var node in graph.Nodes) _producers[node.Outputs[0]] = node;
            _segments = graph.Inputs.Select(i => new InputSegment(i.Name, InputShape.Features(i))).ToList();
            int offset = 0;
            foreach (var segment in _segments)
            {
                _offsets[segment.Name] = offset;
                offset += segment.Length;
            }
            _head = new HeadReader(graph, _producers, _consumers, _offsets, Visit);
        }

        public Network Run()
        {
            var (chain, current) = Start();
            while (true)
            {
                var next = Next(current);
                if (next.Count == 0)
                {
                    if (current == _graph.OutputValue) break;
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                        $"Value '{current}' is used by no node and is not the output; Ferd compiles a single chain from input to output.");
                }
                if (next.Count > 1 && next.All(n => n.OpType is "Gemm" or "MatMul"))
                    return Branches(chain, current, next);
                if (next.Count > 1)
                {
                    current = Fuse(chain, current, next);
                    continue;
                }
                var node = next[0];
                Visit(node);
                if (_head.Reads(node, current))
                {
                    current = _head.Apply(node, current);
                    continue;
                }
                if (node.OpType == "Concat") RequireSingleOperand(node);
                else chain.Apply(node, current);
                current = node.Outputs[0];
            }
            var layers = chain.Finish(_head.Head.IsIdentity ? _graph.Output : null);
            return Complete(layers, chain, _head.Finish(layers[layers.Count - 1].OutputCount, _segments));
        }

        /// <summary>The network, once every node the output needs has been read.</summary>
        private Network Complete(IReadOnlyList<DenseLayer> layers, ChainBuilder chain, OutputHead head)
        {
            var skipped = _graph.Nodes.FirstOrDefault(n => !_visited.Contains(n));
            if (skipped != null) throw NodeErrors.Shape(skipped, "the node is not on the chain from the graph inputs to the output");
            return new Network(layers, _segments, chain.Stage, head, _graph.Output.Name, chain.Prior);
        }

        /// <summary>
        /// Dense heads reading one activation, each with its own head, joined by one Concat (ML-Agents'
        /// discrete branches): one last layer of all heads' logits, in the Concat's order, and a head
        /// of one group per branch.
        /// </summary>
        private Network Branches(ChainBuilder chain, string value, List<OnnxNode> heads)
        {
            var ends = new Dictionary<OnnxNode, (string End, HeadReader Reader)>();
            OnnxNode? join = null;
            foreach (var dense in heads)
            {
                Visit(dense);
                var reader = new HeadReader(_graph, _producers, _consumers, _offsets, Visit);
                string current = dense.Outputs[0];
                while (Next(current) is { Count: 1 } next && !(next[0].OpType == "Concat" && next[0].Inputs.Count > 1))
                {
                    if (!reader.Reads(next[0], current)) throw Branching(value, heads, "that are neither one activation nor heads joined by one Concat");
                    Visit(next[0]);
                    current = reader.Apply(next[0], current);
                }
                var after = Next(current);
                if (after.Count != 1) throw NodeErrors.Shape(dense, "the heads reading one layer must be joined by one Concat");
                if (join != null && after[0] != join) throw NodeErrors.Shape(after[0], "the heads reading one layer are joined by more than one Concat");
                join = after[0];
                ends[dense] = (current, reader);
            }
            Visit(join!);
            CheckFeatureAxis(join!);
            var ordered = join!.Inputs.Select(i => heads.FirstOrDefault(h => ends[h].End == i)
                ?? throw NodeErrors.Shape(join, $"it joins '{i}', which is no head of the layer")).ToList();
            chain.Stack(ordered, value);
            var layers = chain.Finish(null);
            var branches = ordered.Select(h => ends[h].Reader.Finish(Width(h), _segments, checkOutput: false)).ToList();
            var head = Joined(branches, ordered.Select(Width).ToList(), join);
            // After the join only a Cast of the indices may follow.
            for (string joined = join.Outputs[0]; joined != _graph.OutputValue;)
            {
                var next = Next(joined);
                if (next.Count != 1 || next[0].OpType != "Cast") throw NodeErrors.Shape(next.Count > 0 ? next[0] : join, "only a Cast may follow the joined heads");
                Visit(next[0]);
                joined = next[0].Outputs[0];
            }
            return Complete(layers, chain, head);

            int Width(OnnxNode dense) => _graph.Constants[dense.Inputs[1]].Shape[dense.OpType == "Gemm" && dense.Int("transB", 0) != 0 ? 0 : 1];
        }

        /// <summary>One head of the branches' heads: the same function, the same penalty, masks side by side in the input.</summary>
        private static OutputHead Joined(List<OutputHead> branches, List<int> widths, OnnxNode join)
        {
            var first = branches[0];
            if (branches.Any(b => b.Function != first.Function || (b.Mask == null) != (first.Mask == null)))
                throw NodeErrors.Shape(join, "the heads it joins differ in their function or mask");
            if (first.Mask is { } mask)
            {
                int offset = mask.Offset;
                for (int b = 0; b < branches.Count; b++)
                {
                    var m = branches[b].Mask!;
                    if (m.Offset != offset || m.Penalty0 != mask.Penalty0 || m.Penalty1 != mask.Penalty1)
                        throw NodeErrors.Shape(join, "the heads' masks are not consecutive slices of one input with one penalty");
                    offset += widths[b];
                }
            }
            return new OutputHead(first.Function, first.Mask, widths);
        }

        /// <summary>The builder at the start of the layers and the value it has reached: one input, or several joined by Concat.</summary>
        private (ChainBuilder Chain, string Value) Start()
        {
            var trunk = _graph.Inputs.Where(i => !_head.IsMask(i.Name)).ToList();
            if (trunk.Count == 0)
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"The output '{_graph.Output.Name}' reads no graph input through a layer.");
            if (trunk.Count == 1) return (Builder(trunk[0].Name), trunk[0].Name);

            var parts = new Dictionary<string, ChainBuilder>();
            OnnxNode? join = null;
            foreach (var input in trunk)
            {
                var chain = Builder(input.Name);
                string current = input.Name;
                while (true)
                {
                    var next = Next(current);
                    if (next.Count != 1)
                        throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                            $"Graph input '{input.Name}' reaches {next.Count} nodes before it is joined to the other inputs; Ferd compiles inputs joined by one Concat.");
                    if (next[0].OpType == "Concat") break;
                    Visit(next[0]);
                    chain.Apply(next[0], current);
                    current = next[0].Outputs[0];
                    if (!chain.BeforeFirstLayer)
                        throw NodeErrors.Shape(next[0], $"graph input '{input.Name}' meets a dense layer before it is joined to the other inputs");
                }
                var concat = Next(current)[0];
                if (join != null && concat != join) throw NodeErrors.Shape(concat, "the graph inputs are joined by more than one Concat");
                join = concat;
                parts[current] = chain;
            }
            Visit(join!);
            CheckFeatureAxis(join!);
            if (join!.Inputs.Count != parts.Count || join.Inputs.Any(i => !parts.ContainsKey(i)))
                throw NodeErrors.Shape(join, "it joins values other than the graph inputs");
            return (ChainBuilder.Concat(join.Inputs.Select(i => parts[i]).ToList(), _graph.Constants), join.Outputs[0]);
        }

        private ChainBuilder Builder(string input) =>
            new ChainBuilder(_segments.First(s => s.Name == input).Length, _graph.Constants, _offsets[input]);

        /// <summary>A value read by several nodes that together compute one activation of it.</summary>
        private string Fuse(ChainBuilder chain, string value, List<OnnxNode> next)
        {
            if (HardSwishGate(next, value) is var (gate, product))
            {
                Visit(gate);
                Visit(product);
                chain.ApplyGated(gate, product);
                return product.Outputs[0];
            }
            if (ActivationPattern.Region(value, _consumers, _graph.Constants, _graph.OutputValue) is var (nodes, result))
            {
                // The join may be a multiple of the activation (x · (1 + erf(x/√2)) before its · 0.5): take in the single elementwise nodes after it.
                while (true)
                {
                    if (ActivationPattern.Identify(nodes, value, result, _graph.Constants) is { } activation)
                    {
                        foreach (var node in nodes) Visit(node);
                        chain.Close(activation);
                        return result;
                    }
                    var after = Next(result);
                    if (result == _graph.OutputValue || after.Count != 1 || !ScalarGraph.IsElementwise(after[0].OpType)
                        || after[0].Inputs.Any(i => i.Length > 0 && i != result && !_graph.Constants.ContainsKey(i)))
                        break;
                    nodes.Add(after[0]);
                    result = after[0].Outputs[0];
                }
            }
            throw Branching(value, next, "that compute no activation Ferd knows");
        }

        private static ModelException Branching(string value, List<OnnxNode> next, string what)
        {
            string ops = string.Join(", ", next.Select(n => $"'{n.DisplayName}' ({n.OpType})"));
            return new ModelException(ModelErrorKind.UnsupportedGraphShape,
                $"Value '{value}' feeds {next.Count} consumers ({ops}) {what}; Ferd compiles a single chain of dense layers without branches.");
        }

        /// <summary>x · HardSigmoid(x) with the gate's own α and β (PyTorch's Hardswish before opset 14).</summary>
        private (OnnxNode Gate, OnnxNode Product)? HardSwishGate(List<OnnxNode> next, string value)
        {
            if (next.Count != 2) return null;
            foreach (var gate in next)
            {
                var product = next[0] == gate ? next[1] : next[0];
                if (gate.OpType != "HardSigmoid" || product.OpType != "Mul") continue;
                bool onlyProduct = Next(gate.Outputs[0]) is { Count: 1 } readers && readers[0] == product;
                if (onlyProduct && product.Inputs.Count == 2 && product.Inputs.Contains(value) && product.Inputs.Contains(gate.Outputs[0])) return (gate, product);
            }
            return null;
        }

        private List<OnnxNode> Next(string value) => _consumers.TryGetValue(value, out var list) ? list : new List<OnnxNode>();

        private void Visit(OnnxNode node)
        {
            if (!_visited.Add(node)) throw NodeErrors.Shape(node, "the graph has a cycle through this node");
        }

        private void RequireSingleOperand(OnnxNode node)
        {
            if (node.Inputs.Count(i => i.Length > 0) != 1) throw NodeErrors.Shape(node, "it joins the chain with other values; Ferd joins graph inputs only");
            CheckFeatureAxis(node);
        }

        private static void CheckFeatureAxis(OnnxNode concat)
        {
            long axis = concat.Int("axis", 1);
            if (axis != 1 && axis != -1) throw NodeErrors.Shape(concat, $"it joins along axis {axis}, not the features");
        }
    }
}
