using System;
using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>Interval images of σ and of its slopes, from the activation's <see cref="BoundFacts"/>.</summary>
    internal static class ActivationRanges
    {
        public static Interval Image(DenseLayer layer, Interval z) => Facts(layer).Image(layer.Activation, z);

        /// <summary>
        /// The range of σ' over <paramref name="z"/>: it contains every secant slope
        /// (σ(q) − σ(p)) / (q − p) with p, q in the interval, piecewise-linear σ included.
        /// </summary>
        public static Interval Slopes(DenseLayer layer, Interval z) => Facts(layer).Slopes(z);

        public static BoundFacts Facts(DenseLayer layer) =>
            layer.Activation.Facts ?? throw new InvalidOperationException($"No certified bound is known for {layer.Activation.Name}.");
    }
}
