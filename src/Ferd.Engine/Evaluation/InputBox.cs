using System;
using System.Linq;

namespace Ferd.Evaluation
{
    /// <summary>Per-feature ranges [lo_j, hi_j]: the inputs a certified bound speaks for.</summary>
    public sealed class InputBox
    {
        public InputBox(double[] lo, double[] hi)
        {
            if (lo.Length != hi.Length) throw new ArgumentException("Lower and upper corners need one entry per feature.", nameof(hi));
            for (int j = 0; j < lo.Length; j++)
            {
                if (!(lo[j] <= hi[j])) throw new ArgumentException($"Feature {j}: lower bound {lo[j]} exceeds upper bound {hi[j]}.", nameof(hi));
            }
            Lo = lo;
            Hi = hi;
        }

        public double[] Lo { get; }

        public double[] Hi { get; }

        public int Dimension => Lo.Length;

        /// <summary>The smallest box holding every sample (e.g. the calibration data's range).</summary>
        public static InputBox FromSamples(double[][] samples)
        {
            if (samples.Length == 0) throw new ArgumentException("At least one sample is needed.", nameof(samples));
            int n = samples[0].Length;
            return new InputBox(
                Enumerable.Range(0, n).Select(j => samples.Min(x => x[j])).ToArray(),
                Enumerable.Range(0, n).Select(j => samples.Max(x => x[j])).ToArray());
        }

        public Interval this[int feature] => new Interval(Lo[feature], Hi[feature]);

        /// <summary>The two halves of the box split at the midpoint of feature <paramref name="feature"/>.</summary>
        public (InputBox Lower, InputBox Upper) Split(int feature)
        {
            double mid = 0.5 * (Lo[feature] + Hi[feature]);
            double[] lowerHi = (double[])Hi.Clone(), upperLo = (double[])Lo.Clone();
            lowerHi[feature] = mid;
            upperLo[feature] = mid;
            return (new InputBox(Lo, lowerHi), new InputBox(upperLo, Hi));
        }
    }
}
