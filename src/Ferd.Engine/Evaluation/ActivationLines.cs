using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>
    /// σ on an interval as a line with an error band: σ(z) ∈ αz + β ± γ for all z in [l, u], the band
    /// carried by a fresh noise symbol. The line
    /// is the chord; β and γ come from the extremes of σ(z) − αz, which lie at the ends, at a
    /// kink, or where σ'(z) = α.
    /// </summary>
    internal static class ActivationLines
    {
        public static AffineForm Apply(DenseLayer layer, AffineForm z, int symbol)
        {
            var range = z.Range;
            double l = range.Lo, u = range.Hi;
            double fl = Sigma(layer, l), fu = Sigma(layer, u);
            if (!(u - l > 1e-12 * (1 + Math.Abs(l) + Math.Abs(u))))
            {
                var image = ActivationRanges.Image(layer, range);
                return AffineForm.Constant(0, z.Terms.Length).Linear(0, 0.5 * (image.Lo + image.Hi), 0.5 * image.Width + Slack(image), symbol);
            }
            double alpha = (fu - fl) / (u - l);
            var h = Critical(layer, alpha, l, u).Select(v => Sigma(layer, v) - alpha * v).ToList();
            double lo = h.Min(), hi = h.Max();
            return z.Linear(alpha, 0.5 * (lo + hi), 0.5 * (hi - lo) + Slack(new Interval(fl, fu)), symbol);
        }

        private static double Sigma(DenseLayer layer, double z) => layer.Activation.Apply(z);

        /// <summary>Rounding of the few operations above, a few ulps of σ's size.</summary>
        private static double Slack(Interval image) => 1e-12 * (1 + image.Magnitude);

        /// <summary>The ends of [l, u] and the interior points where σ(z) − αz may be extreme.</summary>
        private static IEnumerable<double> Critical(DenseLayer layer, double alpha, double l, double u) =>
            new[] { l, u }.Concat(ActivationRanges.Facts(layer).Stationary(alpha, l, u));
    }
}
