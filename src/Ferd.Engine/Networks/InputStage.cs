using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Evaluation;

namespace Ferd.Networks
{
    /// <summary>
    /// What happens to the graph inputs before the first layer when it cannot fold into its weights:
    /// trunk feature j is u_j = clamp((x[Source_j] + Shift_j) · Scale_j, Lower_j, Upper_j). It picks
    /// the inputs the layers read (an action mask is not one of them), keeps a normalizer's clamp, and
    /// keeps x − mean ahead of the product where folding it into float weights would cancel digits.
    /// </summary>
    public sealed class InputStage
    {
        public InputStage(int[] source, double[] shift, double[] scale, double[] lower, double[] upper)
        {
            int n = source.Length;
            if (shift.Length != n || scale.Length != n || lower.Length != n || upper.Length != n)
                throw new ArgumentException("Every part of the stage needs one value per feature.");
            Source = source;
            Shift = shift;
            Scale = scale;
            Lower = lower;
            Upper = upper;
        }

        public static InputStage Identity(int count) => new InputStage(
            Enumerable.Range(0, count).ToArray(), new double[count], Filled(count, 1),
            Filled(count, double.NegativeInfinity), Filled(count, double.PositiveInfinity));

        /// <summary>Treat as read-only.</summary>
        public int[] Source { get; }

        public double[] Shift { get; }

        public double[] Scale { get; }

        public double[] Lower { get; }

        public double[] Upper { get; }

        public int Count => Source.Length;

        /// <summary>True when some feature is clamped.</summary>
        public bool Clamps => Lower.Any(l => !double.IsNegativeInfinity(l)) || Upper.Any(u => !double.IsPositiveInfinity(u));

        /// <summary>True when the stage passes every input feature through unchanged, in order.</summary>
        public bool IsIdentityOver(int inputs) =>
            Count == inputs && !Clamps && Enumerable.Range(0, Count).All(j => Source[j] == j && Shift[j] == 0 && Scale[j] == 1);

        /// <summary>True when <paramref name="other"/> computes the same features the same way.</summary>
        public bool SameAs(InputStage other) =>
            Source.SequenceEqual(other.Source) && Shift.SequenceEqual(other.Shift) && Scale.SequenceEqual(other.Scale)
            && Lower.SequenceEqual(other.Lower) && Upper.SequenceEqual(other.Upper);

        public double[] Apply(ReadOnlySpan<double> input)
        {
            var u = new double[Count];
            for (int j = 0; j < Count; j++) u[j] = Feature(j, input[Source[j]]);
            return u;
        }

        /// <summary>The box the first layer sees when the inputs range over <paramref name="box"/>.</summary>
        public InputBox Apply(InputBox box)
        {
            var lo = new double[Count];
            var hi = new double[Count];
            for (int j = 0; j < Count; j++)
            {
                double a = Feature(j, box.Lo[Source[j]]), b = Feature(j, box.Hi[Source[j]]);
                lo[j] = Math.Min(a, b);
                hi[j] = Math.Max(a, b);
            }
            return new InputBox(lo, hi);
        }

        private double Feature(int j, double x) => Math.Min(Math.Max((x + Shift[j]) * Scale[j], Lower[j]), Upper[j]);

        private static double[] Filled(int count, double value) => Enumerable.Repeat(value, count).ToArray();
    }
}
