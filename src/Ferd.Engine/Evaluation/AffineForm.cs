using System;

namespace Ferd.Evaluation
{
    /// <summary>
    /// A value over an input box as an affine form: Center + Σ_j Terms[j]·ε_j + r, with ε_j ∈ [−1, 1]
    /// the box's input features (x_j = mid_j + rad_j·ε_j) and |r| ≤ Remainder. Sums keep the linear
    /// dependence on the inputs, so differences of correlated quantities cancel where plain intervals
    /// would add their widths.
    /// </summary>
    internal sealed class AffineForm
    {
        public AffineForm(double center, double[] terms, double remainder)
        {
            Center = center;
            Terms = terms;
            Remainder = remainder;
        }

        public double Center { get; }

        /// <summary>Coefficients of the input symbols. Treat as read-only.</summary>
        public double[] Terms { get; }

        public double Remainder { get; }

        /// <summary>Σ|Terms| + Remainder: the largest distance from the center.</summary>
        public double Radius
        {
            get
            {
                double sum = Remainder;
                foreach (double t in Terms) sum += Math.Abs(t);
                return sum;
            }
        }

        public Interval Range => new Interval(Center - Radius, Center + Radius);

        public static AffineForm Constant(double value, int symbols) => new AffineForm(value, new double[symbols], 0);

        public static AffineForm Input(InputBox box, int feature)
        {
            var terms = new double[box.Dimension];
            terms[feature] = 0.5 * (box.Hi[feature] - box.Lo[feature]);
            return new AffineForm(0.5 * (box.Lo[feature] + box.Hi[feature]), terms, 0);
        }

        /// <summary>α·this + β, widened by γ: the image under a map known to lie within γ of the line αz + β.</summary>
        public AffineForm Linear(double alpha, double beta, double gamma)
        {
            var terms = new double[Terms.Length];
            for (int j = 0; j < terms.Length; j++) terms[j] = alpha * Terms[j];
            return new AffineForm(alpha * Center + beta, terms, Math.Abs(alpha) * Remainder + gamma);
        }

        /// <summary>ξ·this for an unknown ξ ∈ <paramref name="factor"/>: the midpoint times the form, the rest as remainder.</summary>
        public AffineForm Times(Interval factor)
        {
            double mid = 0.5 * (factor.Lo + factor.Hi), radius = 0.5 * (factor.Hi - factor.Lo);
            return Linear(mid, 0, radius * Range.Magnitude);
        }
    }
}
