using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// An activation an exporter wrote as several nodes: the smallest set of elementwise nodes that
    /// starts at one value and joins into one (x · Sigmoid(x) for Swish; Div, Erf, Add, Mul, Mul for
    /// GELU), recognized by what it computes rather than how it is spelled: it must agree with an
    /// activation of <see cref="ActivationTable"/> everywhere on a dense grid.
    /// </summary>
    internal static class ActivationPattern
    {
        /// <summary>Beyond this many nodes a region is no activation an exporter writes.</summary>
        private const int MaxNodes = 16;

        /// <summary>The nodes from <paramref name="value"/> to the value they join into, or null.</summary>
        public static (List<OnnxNode> Nodes, string Result)? Region(string value, Dictionary<string, List<OnnxNode>> consumers,
            IReadOnlyDictionary<string, OnnxTensor> constants, string graphOutput)
        {
            var inside = new List<OnnxNode>();
            var produced = new HashSet<string> { value };
            while (inside.Count <= MaxNodes)
            {
                // Values computed so far that something outside still reads: the region is closed when one is left, and it is not the start.
                var open = produced.Where(v => v == graphOutput || (consumers.TryGetValue(v, out var c) && c.Any(n => !inside.Contains(n)))).ToList();
                if (inside.Count > 0 && open.Count == 1 && open[0] != value) return (inside, open[0]);
                var next = open.SelectMany(v => consumers.TryGetValue(v, out var c) ? c : new List<OnnxNode>())
                    .Where(n => !inside.Contains(n) && ScalarGraph.IsElementwise(n.OpType))
                    .FirstOrDefault(n => n.Inputs.All(i => i.Length == 0 || produced.Contains(i) || constants.ContainsKey(i)));
                if (next == null) return null;
                inside.Add(next);
                produced.Add(next.Outputs[0]);
            }
            return null;
        }

        /// <summary>The table's parameter-free activation that <paramref name="nodes"/> compute, or null.</summary>
        public static Activation? Identify(List<OnnxNode> nodes, string value, string result, IReadOnlyDictionary<string, OnnxTensor> constants)
        {
            var f = ScalarGraph.Of(nodes, value, result, constants);
            if (f == null) return null;
            var candidates = ActivationTable.Samples.Where(a => a.Parameters.Count == 0 && a != Activation.Identity);
            return candidates.FirstOrDefault(a => Grid.All(t => Agrees(f.Evaluate(t), a.Apply(t))));
        }

        // Agreement to float precision: GELU and its tanh approximation differ by up to 2e-4, Swish and
        // Mish by far more, so no two candidates pass for each other.
        private static bool Agrees(double actual, double expected) => Math.Abs(actual - expected) <= 1e-6 * (1 + Math.Abs(expected));

        private static readonly double[] Grid = Enumerable.Range(-240, 481).Select(i => i / 20.0).Concat(new[] { -40.0, -25, 25, 40 }).ToArray();
    }
}
