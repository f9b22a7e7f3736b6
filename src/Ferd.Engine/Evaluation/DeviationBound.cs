using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>
    /// A certified upper bound on max |f(x) − f'(x)| over an input box, for an original network f
    /// and a compressed f' with the same layers and activations (docs/METHOD.md §7). Both networks are
    /// run jointly in affine arithmetic (values as linear functions of the inputs and of one noise
    /// symbol per nonlinearity) while tracking differences symbolically: every original neuron is
    /// linked to the compressed neuron it is lumped into, a_k = c·a'_j + o + δ_k, and only the
    /// residuals δ are propagated and bounded. Identical networks give exactly 0; the bound grows
    /// with the compression error, not with the size of the activations. Refining the box (branch
    /// and bound) tightens the bound at the cost of time.
    /// </summary>
    public static class DeviationBound
    {
        private const double RoundingSlack = 1e-12;

        /// <summary>
        /// One bound per output. With <paramref name="refinements"/> &gt; 0 the part of the box with the
        /// largest bound is halved that many times (branch and bound), along its relatively widest
        /// feature; the bound is the maximum over the parts, which still cover the whole box.
        /// </summary>
        public static double[] PerOutput(Network original, Network compressed, InputBox box, int refinements = 0)
        {
            Validate(original, compressed, box);
            if (refinements < 0) throw new ArgumentOutOfRangeException(nameof(refinements), refinements, "Refinements cannot be negative.");
            // The links are chosen once, on the whole box; any choice is sound, so the parts reuse them.
            var links = Propagate(original, compressed, box, null).Links;
            double[] Bound(InputBox part)
            {
                var (_, deviation, outputs) = Propagate(original, compressed, part, links);
                // The arithmetic here rounds to nearest; a few ulps of the outputs' size cover it.
                return deviation.Select((d, k) => d.Range.Magnitude + RoundingSlack * outputs[k].Range.Magnitude).ToArray();
            }

            var parts = new List<(InputBox Box, double[] Bound)> { (box, Bound(box)) };
            for (int r = 0; r < refinements; r++)
            {
                int worst = 0;
                for (int i = 1; i < parts.Count; i++)
                {
                    if (parts[i].Bound.Max() > parts[worst].Bound.Max()) worst = i;
                }
                var part = parts[worst].Box;
                int feature = Enumerable.Range(0, part.Dimension)
                    .OrderByDescending(j => box.Hi[j] > box.Lo[j] ? (part.Hi[j] - part.Lo[j]) / (box.Hi[j] - box.Lo[j]) : 0)
                    .ThenBy(j => j).First();
                if (!(part.Hi[feature] > part.Lo[feature])) break;
                var (lower, upper) = part.Split(feature);
                parts[worst] = (lower, Bound(lower));
                parts.Add((upper, Bound(upper)));
            }
            return Enumerable.Range(0, original.OutputCount).Select(k => parts.Max(p => p.Bound[k])).ToArray();
        }

        /// <summary>The bound on the largest deviation of any output.</summary>
        public static double Max(Network original, Network compressed, InputBox box, int refinements = 0) =>
            PerOutput(original, compressed, box, refinements).Max();

        /// <summary>Whether every activation of <paramref name="network"/> has the facts a certified bound needs.</summary>
        public static bool Certifies(Network network) => Uncertified(network) == null;

        /// <summary>The first activation of <paramref name="network"/> without bound facts, or null.</summary>
        public static Activation? Uncertified(Network network) => network.Layers.Select(l => l.Activation).FirstOrDefault(a => a.Facts == null);

        private static void Validate(Network original, Network compressed, InputBox box)
        {
            if (Uncertified(original) is { } uncertified)
                throw new ArgumentException($"No certified bound is known for {uncertified.Name}.", nameof(original));
            if (box.Dimension != original.InputCount || compressed.InputCount != original.InputCount)
                throw new ArgumentException($"The box has {box.Dimension} features; the networks take {original.InputCount} and {compressed.InputCount}.", nameof(box));
            if (compressed.OutputCount != original.OutputCount || compressed.Layers.Count != original.Layers.Count)
                throw new ArgumentException("The compressed network must have the original's layers and outputs.", nameof(compressed));
            for (int l = 0; l < original.Layers.Count; l++)
            {
                var a = original.Layers[l];
                var b = compressed.Layers[l];
                if (a.Activation != b.Activation)
                    throw new ArgumentException($"Layer {l + 1} has activation {a.Activation} in the original and {b.Activation} in the compressed network.", nameof(compressed));
            }
        }

        /// <summary>
        /// One joint pass. With <paramref name="fixedLinks"/> null each neuron's link is chosen as the
        /// one with the narrowest residual; otherwise the given targets and scales are re-bounded.
        /// </summary>
        private static (NeuronLink[][] Links, AffineForm[] Deviation, AffineForm[] Output) Propagate(Network original, Network compressed, InputBox box, NeuronLink[][]? fixedLinks)
        {
            int depth = original.Layers.Count;
            // Symbols: the inputs, then per layer one for each original value, each residual and each compressed value.
            int symbols = box.Dimension + Enumerable.Range(0, depth).Sum(l => 2 * original.Layers[l].OutputCount + compressed.Layers[l].OutputCount);
            int fresh = box.Dimension;
            var a = Enumerable.Range(0, box.Dimension).Select(j => AffineForm.Input(box, j, symbols)).ToArray();
            var ap = a;
            var links = Enumerable.Range(0, box.Dimension).Select(j => NeuronLink.Identity(j, symbols)).ToArray();
            var chosen = new NeuronLink[depth][];
            for (int l = 0; l < depth; l++)
            {
                var layer = original.Layers[l];
                var quotient = compressed.Layers[l];
                AffineForm[] z = PreActivations(layer, a, symbols), zp = PreActivations(quotient, ap, symbols);
                var zpRanges = zp.Select(f => f.Range).ToArray();
                a = z.Select(v => ActivationLines.Apply(layer, v, fresh++)).ToArray();
                var next = new NeuronLink[layer.OutputCount];
                for (int k = 0; k < layer.OutputCount; k++)
                {
                    var lifted = Lift(layer, k, links, quotient.InputCount, symbols);
                    int symbol = fresh++;
                    if (l == depth - 1)
                    {
                        next[k] = Link(layer, quotient, lifted, k, 1, ap, zpRanges, symbol) ?? throw new InvalidOperationException("The output layer links one to one.");
                        continue;
                    }
                    var own = NeuronLink.Unlinked(a[k]);
                    NeuronLink? linked = fixedLinks is null
                        ? Enumerable.Range(0, quotient.OutputCount)
                            .SelectMany(j => Scales(layer.Activation, lifted, quotient, j, ap).Select(c => Link(layer, quotient, lifted, j, c, ap, zpRanges, symbol)))
                            .Where(n => n.HasValue).OrderBy(n => n!.Value.Delta.Radius).FirstOrDefault()
                        : fixedLinks[l][k].Target < 0 ? null : Link(layer, quotient, lifted, fixedLinks[l][k].Target, fixedLinks[l][k].Scale, ap, zpRanges, symbol);
                    next[k] = linked.HasValue && linked.Value.Delta.Radius < own.Delta.Radius ? linked.Value : own;
                }
                chosen[l] = next;
                links = next;
                ap = zp.Select(v => ActivationLines.Apply(quotient, v, fresh++)).ToArray();
            }
            return (chosen, links.Select(n => n.Delta).ToArray(), a);
        }

        /// <summary>Neuron k's pre-activation in the compressed layer's coordinates: z_k = R·a' + base + E.</summary>
        private readonly struct Lifted
        {
            public Lifted(double[] row, double bias, AffineForm residual)
            {
                Row = row;
                Bias = bias;
                Residual = residual;
            }

            public double[] Row { get; }

            public double Bias { get; }

            public AffineForm Residual { get; }
        }

        private static Lifted Lift(DenseLayer layer, int k, NeuronLink[] links, int width, int symbols)
        {
            var row = new double[width];
            double bias = layer.Bias[k];
            var residual = new AffineSum(symbols);
            for (int m = 0; m < links.Length; m++)
            {
                double w = layer.Weight(k, m);
                if (w == 0) continue;
                var link = links[m];
                if (link.Target >= 0)
                {
                    row[link.Target] += w * link.Scale;
                    bias += w * link.Offset;
                }
                residual.Add(w, link.Delta);
            }
            return new Lifted(row, bias, residual.ToForm());
        }

        /// <summary>
        /// Candidate pre-activation scales c for linking to compressed neuron j. For scalable σ, the
        /// least-squares c of the signatures, each input weighted by the size of its values (an
        /// input that is 0 on the whole box, like a dead neuron, says nothing about c).
        /// </summary>
        private static IEnumerable<double> Scales(Activation activation, Lifted lifted, DenseLayer quotient, int j, AffineForm[] ap)
        {
            if (activation.Scales.FixedScales() is { } scales) return scales;
            var row = quotient.Row(j);
            double dot = lifted.Bias * quotient.Bias[j], norm = quotient.Bias[j] * quotient.Bias[j];
            for (int i = 0; i < row.Length; i++)
            {
                double size = ap[i].Range.Magnitude;
                dot += size * size * lifted.Row[i] * row[i];
                norm += size * size * row[i] * row[i];
            }
            double c = norm > 0 ? dot / norm : 0;
            return double.IsNaN(c) || double.IsInfinity(c) ? Array.Empty<double>() : new[] { c };
        }

        /// <summary>The residual of a_k − (s·a'_j + o) when z_k = c·z'_j + e: e times the secant slopes of σ.</summary>
        private static NeuronLink? Link(DenseLayer layer, DenseLayer quotient, Lifted lifted, int j, double c, AffineForm[] ap, Interval[] zp, int symbol)
        {
            if (!layer.Activation.Scales.Allows(c)) return null;
            var row = quotient.Row(j);
            var e = new AffineSum(lifted.Residual.Terms.Length, lifted.Bias - c * quotient.Bias[j]);
            e.Add(lifted.Residual);
            for (int i = 0; i < row.Length; i++) e.Add(lifted.Row[i] - c * row[i], ap[i]);
            var difference = e.ToForm();
            var u = c * zp[j];
            var slopes = ActivationRanges.Slopes(layer, Interval.Hull(u, u + difference.Range));
            return new NeuronLink(j, c, layer.Activation.Offset(c), difference.Times(slopes, symbol));
        }

        private static AffineForm[] PreActivations(DenseLayer layer, AffineForm[] input, int symbols)
        {
            var z = new AffineForm[layer.OutputCount];
            for (int k = 0; k < z.Length; k++)
            {
                var sum = new AffineSum(symbols, layer.Bias[k]);
                for (int m = 0; m < input.Length; m++) sum.Add(layer.Weight(k, m), input[m]);
                z[k] = sum.ToForm();
            }
            return z;
        }
    }
}
