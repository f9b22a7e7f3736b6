using System;
using System.Linq;

namespace Ferd.Networks
{
    /// <summary>
    /// What a graph says about its inputs without data: a graph that normalizes each feature before
    /// its first dense operator, u = (x − mean) / std, was trained on inputs of about that mean and
    /// spread. Mean and spread are those of the first layer's inputs (after the stage), so data-free
    /// compression can measure the first layer's neurons as the model was trained, in standardized
    /// coordinates, rather than in the units of the raw features. A feature whose spread is below the
    /// float resolution of its mean was constant in training (an exporter floors a zero standard
    /// deviation at a tiny value): its spread is 0, and differences in its weights count for nothing.
    /// </summary>
    public sealed class InputPrior
    {
        public InputPrior(double[] mean, double[] spread)
        {
            if (mean.Length != spread.Length) throw new ArgumentException("Mean and spread need one entry per feature.", nameof(spread));
            if (mean.Any(m => double.IsNaN(m) || double.IsInfinity(m)) || spread.Any(s => !(s >= 0) || double.IsInfinity(s)))
                throw new ArgumentException("A prior needs finite means and non-negative, finite spreads.", nameof(spread));
            Mean = mean;
            Spread = spread;
        }

        public double[] Mean { get; }

        public double[] Spread { get; }

        public int Count => Mean.Length;

        /// <summary>
        /// The prior implied by a per-feature map u = scale ⊙ x + offset ahead of the first layer: x has
        /// mean −offset / scale and spread 1 / |scale|. Null when the map is the identity (the graph does
        /// not normalize, so it says nothing) or cannot be inverted.
        /// </summary>
        public static InputPrior? OfNormalizer(double[] scale, double[] offset)
        {
            if (scale.All(s => s == 1) && offset.All(o => o == 0)) return null;
            if (scale.Any(s => s == 0 || double.IsNaN(s) || double.IsInfinity(s)) || offset.Any(o => double.IsNaN(o) || double.IsInfinity(o))) return null;
            var mean = scale.Select((s, j) => -offset[j] / s).ToArray();
            var spread = scale.Select((s, j) => Varies(mean[j], 1 / Math.Abs(s)) ? 1 / Math.Abs(s) : 0).ToArray();
            return mean.All(m => !double.IsInfinity(m)) && spread.All(s => !double.IsInfinity(s)) ? new InputPrior(mean, spread) : null;
        }

        /// <summary>
        /// The prior of a stage's standardized features u = (x + shift) · scale: mean 0 and spread 1,
        /// spread 0 for a feature the stage says was constant. Null when the stage standardizes nothing.
        /// </summary>
        public static InputPrior? OfStage(InputStage stage)
        {
            if (Enumerable.Range(0, stage.Count).All(j => stage.Shift[j] == 0 && stage.Scale[j] == 1)) return null;
            var spread = Enumerable.Range(0, stage.Count).Select(j => Varies(-stage.Shift[j], 1 / Math.Abs(stage.Scale[j])) ? 1.0 : 0).ToArray();
            return new InputPrior(new double[stage.Count], spread);
        }

        /// <summary>False when a spread is below the float resolution of the mean: no float input can vary that little.</summary>
        private static bool Varies(double mean, double spread) => spread >= Math.Abs(mean) * FloatResolution;

        /// <summary>The relative spacing of floats (2⁻²³).</summary>
        private const double FloatResolution = 1.0 / (1 << 23);
    }
}
