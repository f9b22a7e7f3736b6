using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Onnx.Interpreter;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// Prepares a graph for the chain walk: aliases pass-through nodes (Identity, Dropout, a cast to
    /// float), folds nodes whose inputs are all constant, chooses the output (named, or the one that
    /// is neither constant nor random) and keeps only the nodes it needs.
    /// </summary>
    internal static class GraphFrontEnd
    {
        /// <summary>Operators whose result is drawn at random: an output that reads one is no function of the inputs.</summary>
        private static readonly HashSet<string> RandomOperators = new HashSet<string>
        {
            "RandomNormal", "RandomNormalLike", "RandomUniform", "RandomUniformLike", "Multinomial", "Bernoulli",
        };

        public static PreparedGraph Prepare(OnnxGraph graph, string? output)
        {
            var constants = new Dictionary<string, OnnxTensor>();
            foreach (var t in graph.Initializers) constants[t.Name] = t;
            var alias = new Dictionary<string, string>();
            string Resolve(string name) => alias.TryGetValue(name, out var target) ? target : name;

            var kept = new List<OnnxNode>();
            foreach (var node in GraphOrder.Ordered(graph))
            {
                var inputs = node.Inputs.Select(i => i.Length == 0 ? i : Resolve(i)).ToArray();
                if (node.Outputs.Count == 0 || node.Outputs[0].Length == 0) throw NodeErrors.Shape(node, "the node has no output");
                if (PassesThrough(node) && inputs.Length > 0 && inputs[0].Length > 0)
                {
                    alias[node.Outputs[0]] = inputs[0];
                    continue;
                }
                var rewritten = node with { Inputs = inputs };
                if (inputs.All(i => i.Length == 0 || constants.ContainsKey(i)) && ConstantFolding.Fold(rewritten, constants) is { } folded)
                {
                    constants[node.Outputs[0]] = folded;
                    continue;
                }
                kept.Add(rewritten);
            }

            var producers = new Dictionary<string, OnnxNode>();
            foreach (var node in kept) foreach (string o in node.Outputs.Where(o => o.Length > 0)) producers[o] = node;
            var inputNames = new HashSet<string>(graph.Inputs.Select(i => i.Name));
            var (name, value) = Choose(graph, output, Resolve, producers, constants, inputNames);
            if (inputNames.Contains(value))
                throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"The graph output '{name}' is its input{(value == name ? "" : $" '{value}'")}; there is no layer to compile.");

            var needed = Needed(value, producers);
            var nodes = kept.Where(needed.Contains).ToList();
            var reads = new HashSet<string>(nodes.SelectMany(n => n.Inputs));
            var used = graph.Inputs.Where(i => reads.Contains(i.Name)).ToList();
            var info = graph.Outputs.FirstOrDefault(o => o.Name == name)
                ?? graph.ValueInfo.FirstOrDefault(v => v.Name == name)
                ?? new OnnxValueInfo(name, OnnxDataType.Float, null);
            return new PreparedGraph(nodes, constants, used, info) { OutputValue = value };
        }

        private static bool PassesThrough(OnnxNode node) => node.OpType switch
        {
            "Identity" => true,
            // In inference Dropout passes its input; its optional mask output is never read by a network.
            "Dropout" => true,
            "Cast" => node.Int("to", 0) == (long)OnnxDataType.Float,
            _ => false,
        };

        /// <summary>The output to compile: by name (any value of the graph), or the only candidate.</summary>
        private static (string Name, string Value) Choose(OnnxGraph graph, string? output, Func<string, string> resolve,
            Dictionary<string, OnnxNode> producers, Dictionary<string, OnnxTensor> constants, HashSet<string> inputs)
        {
            if (output != null)
            {
                string value = resolve(output);
                if (!producers.ContainsKey(value) && !inputs.Contains(value) && !constants.ContainsKey(value))
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                        $"The graph has no value '{output}'; its outputs are {List(graph.Outputs.Select(o => o.Name))}.");
                if (constants.ContainsKey(value))
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape, $"The output '{output}' is a constant; it reads no graph input.");
                if (Random(value, producers) is { } random)
                    throw new ModelException(ModelErrorKind.UnsupportedGraphShape,
                        $"The output '{output}' depends on the random node '{random.DisplayName}' ({random.OpType}); choose a deterministic output.");
                return (output, value);
            }
            var candidates = graph.Outputs
                .Where(o => !constants.ContainsKey(resolve(o.Name)) && Random(resolve(o.Name), producers) == null)
                .ToList();
            if (candidates.Count == 1) return (candidates[0].Name, resolve(candidates[0].Name));
            if (graph.Outputs.Count == 0) throw new ModelException(ModelErrorKind.UnsupportedGraphShape, "The graph has no output.");
            throw new ModelException(ModelErrorKind.UnsupportedGraphShape, candidates.Count == 0
                ? $"No graph output is a function of the inputs (each is constant or random): {List(graph.Outputs.Select(o => o.Name))}."
                : $"The graph has {candidates.Count} outputs Ferd could compile, {List(candidates.Select(o => o.Name))}; choose one with Output = \"name\" (CLI: --graph-output name).");
        }

        /// <summary>The first random node <paramref name="value"/> depends on, or null.</summary>
        private static OnnxNode? Random(string value, Dictionary<string, OnnxNode> producers)
        {
            foreach (var node in Needed(value, producers).OrderBy(n => n.DisplayName, StringComparer.Ordinal))
                if (RandomOperators.Contains(node.OpType)) return node;
            return null;
        }

        /// <summary>The nodes <paramref name="value"/> is computed from.</summary>
        private static HashSet<OnnxNode> Needed(string value, Dictionary<string, OnnxNode> producers)
        {
            var needed = new HashSet<OnnxNode>();
            var pending = new Stack<string>();
            pending.Push(value);
            while (pending.Count > 0)
            {
                if (!producers.TryGetValue(pending.Pop(), out var node) || !needed.Add(node)) continue;
                foreach (string input in node.Inputs) if (input.Length > 0) pending.Push(input);
            }
            return needed;
        }

        private static string List(IEnumerable<string> names) => string.Join(", ", names.Select(n => "'" + n + "'"));
    }
}
