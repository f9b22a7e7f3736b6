using System;

namespace Ferd.Evaluation
{
    /// <summary>
    /// A value over an input box as an affine form: Center + Σ_j Terms[j]·ε_j with noise symbols
    /// ε_j ∈ [−1, 1]: the first ones are the box's input features
    /// (x_j = mid_j + rad_j·ε_j), each further one the error of one nonlinearity. Sums keep every
    /// shared dependence, so differences of correlated quantities cancel where plain intervals would
    /// add their widths.
    /// </summary>
    internal sealed class AffineForm
    {
        public AffineForm(double center, double[] terms)
        {
            Center = center;
            Terms = terms;
        }

        public double Center { get; }

        /// <summary>Coefficients of the input symbols. Treat as read-only.</summary>
        public double[] Terms { get; }

        /// <summary>Σ|Terms|: the largest distance from the center.</summary>
        public double Radius
        {
            get
            {
                double sum = 0;
                foreach (double t in Terms) sum += Math.Abs(t);
                return sum;
            }
        }

        public Interval Range => new Interval(Center - Radius, Center + Radius);

        public static AffineForm Constant(double value, int symbols) => new AffineForm(value, new double[symbols]);

        public static AffineForm Input(InputBox box, int feature, int symbols)
        {
            var terms = new double[symbols];
            terms[feature] = 0.5 * (box.Hi[feature] - box.Lo[feature]);
            return new AffineForm(0.5 * (box.Lo[feature] + box.Hi[feature]), terms);
        }

        /// <summary>
        /// α·this + β + γ·ε_<paramref name="symbol"/>: the image under a map known to lie within γ of the
        /// line αz + β, its error carried by a fresh noise symbol.
        /// </summary>
        public AffineForm Linear(double alpha, double beta, double gamma, int symbol)
        {
            var terms = new double[Terms.Length];
            for (int j = 0; j < terms.Length; j++) terms[j] = alpha * Terms[j];
            terms[symbol] += gamma;
            return new AffineForm(alpha * Center + beta, terms);
        }

        /// <summary>ξ·this for an unknown ξ ∈ <paramref name="factor"/>: the midpoint times the form, the rest on a fresh symbol.</summary>
        public AffineForm Times(Interval factor, int symbol)
        {
            double mid = 0.5 * (factor.Lo + factor.Hi), radius = 0.5 * (factor.Hi - factor.Lo);
            return Linear(mid, 0, radius * Range.Magnitude, symbol);
        }
    }
}
