using System;
using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>
    /// The geometry in which one layer's neurons are compared (docs/METHOD.md §3). Merging neuron k
    /// into j with scale c perturbs what k passes on by about w_k · |(s_k − c s_j)·(ã, 1)|, so the
    /// distance is
    /// <code>d(k, j) = w_k ‖s_k − c s_j‖₁ / N,   N = mean_k w_k ‖s_k‖₁</code>
    /// with w_k the neuron's influence on the outputs, s the signatures with each column weighed by
    /// its input's magnitude (<see cref="InputMagnitude"/>), and c the allowed scale
    /// (c = ‖s_k‖₁/‖s_j‖₁ &gt; 0 for ReLU-like layers, c = ±1 for tanh and sigmoid). Rescaling this
    /// layer or any later one leaves d unchanged, so one ε means the same everywhere. Exact
    /// equivalence is decided separately, per neuron and relative to its own signature
    /// (<see cref="Precision"/>), so that copies stored as float32 are equal at ε = 0 whatever their weight.
    /// </summary>
    internal sealed class SignatureSpace
    {
        /// <summary>Relative floor below which two signatures count as equal: float32 weights differ by a few ulps.</summary>
        public const double Precision = 1e-6;

        private readonly double[] _points;

        public SignatureSpace(double[] signatures, int width, double[] influence, Activation activation)
        {
            Width = width;
            Count = width == 0 ? 0 : signatures.Length / width;
            Signatures = signatures;
            Influence = influence;
            Freedom = activation.Scales;
            Mass = new double[Count];
            Variation = new double[Count];
            Importance = new double[Count];
            double total = 0;
            for (int k = 0; k < Count; k++)
            {
                var s = Signature(k);
                Mass[k] = L1(s);
                Variation[k] = L1(s.Slice(0, width - 1));
                Importance[k] = influence[k] * Mass[k];
                total += Importance[k];
            }
            Scale = Count == 0 ? 0 : total / Count;
            _points = Freedom == ScaleFreedom.Positive ? Normalized(signatures, width, Mass) : signatures;
        }

        public int Count { get; }
        public int Width { get; }
        public ScaleFreedom Freedom { get; }
        public double[] Signatures { get; }
        public double[] Influence { get; }

        /// <summary>‖s_k‖₁.</summary>
        public double[] Mass { get; }

        /// <summary>‖r_k‖₁: how much the neuron varies with its input.</summary>
        public double[] Variation { get; }

        /// <summary>w_k ‖s_k‖₁: the neuron's contribution to the outputs.</summary>
        public double[] Importance { get; }

        /// <summary>N, the layer's mean importance: the unit of the distance.</summary>
        public double Scale { get; }

        public ReadOnlySpan<double> Signature(int k) => new ReadOnlySpan<double>(Signatures, k * Width, Width);

        /// <summary>The point compared: s_k/‖s_k‖₁ when any c &gt; 0 is allowed, s_k itself when c = ±1 or c = 1.</summary>
        public ReadOnlySpan<double> Point(int k) => new ReadOnlySpan<double>(_points, k * Width, Width);

        /// <summary>The largest raw distance ‖point_k − σ point_j‖₁ at which k may join j's block.</summary>
        public double Reach(int k, double epsilon)
        {
            double exact = Precision * L1(Point(k));
            double weight = Weight(k);
            double approximate = weight > 0 ? epsilon * Scale / weight : double.PositiveInfinity;
            return Math.Max(exact, epsilon > 0 ? approximate : 0);
        }

        /// <summary>min over allowed signs σ of ‖point_k − σ point_j‖₁, or +∞ once it exceeds <paramref name="bound"/>.</summary>
        public (double Raw, double Sign) RawDistance(int k, int j, double bound)
        {
            double plus = L1Difference(Point(k), Point(j), 1.0, bound);
            if (Freedom != ScaleFreedom.Sign) return (plus, 1.0);
            double minus = L1Difference(Point(k), Point(j), -1.0, Math.Min(bound, plus));
            return minus < plus ? (minus, -1.0) : (plus, 1.0);
        }

        /// <summary>The dimensionless d(k, j) of the class summary.</summary>
        public double Distance(int k, int j)
        {
            var (raw, _) = RawDistance(k, j, double.PositiveInfinity);
            if (raw <= Precision * L1(Point(k))) return 0;
            return Scale > 0 ? Weight(k) * raw / Scale : double.PositiveInfinity;
        }

        /// <summary>d = Weight · raw / N: the raw distance of normalized points is in units of ‖s_k‖₁.</summary>
        private double Weight(int k) => Influence[k] * (Freedom == ScaleFreedom.Positive ? Mass[k] : 1.0);

        /// <summary>The scale c with s_k ≈ c s_j, given the sign chosen by <see cref="RawDistance"/>.</summary>
        public double ScaleBetween(int k, int j, double sign) =>
            Freedom == ScaleFreedom.Positive ? Mass[k] / Mass[j] : sign;

        /// <summary>
        /// Dead (no outgoing weight) or constant (no incoming variation) to float precision, or dead
        /// within ε. A removed neuron's whole contribution is lost, not the difference between two
        /// similar neurons, and it is replaced by σ(b̃_k), its value at zero input, which trained
        /// networks rarely see; so it must contribute less than ε² of the layer's mean (with ε itself
        /// kin8nm_sigmoid lost 3× the test accuracy at 41% kept).
        /// </summary>
        public bool Removable(int k, double epsilon, double maxInfluence)
        {
            if (Influence[k] <= Precision * maxInfluence) return true;
            if (Variation[k] <= Precision * Mass[k]) return true;
            return Importance[k] <= epsilon * epsilon * Scale;
        }

        private static double[] Normalized(double[] signatures, int width, double[] mass)
        {
            var points = new double[signatures.Length];
            for (int k = 0; k < mass.Length; k++)
            {
                if (mass[k] == 0) continue;
                double inverse = 1.0 / mass[k];
                for (int i = 0; i < width; i++) points[k * width + i] = signatures[k * width + i] * inverse;
            }
            return points;
        }

        internal static double L1(ReadOnlySpan<double> v)
        {
            double sum = 0;
            foreach (double x in v) sum += Math.Abs(x);
            return sum;
        }

        /// <summary>‖a − sign·b‖₁, stopping early with +∞ as soon as it exceeds <paramref name="bound"/>.</summary>
        internal static double L1Difference(ReadOnlySpan<double> a, ReadOnlySpan<double> b, double sign, double bound)
        {
            double sum = 0;
            for (int i = 0; i < a.Length; i++)
            {
                sum += Math.Abs(a[i] - sign * b[i]);
                if (sum > bound) return double.PositiveInfinity;
            }
            return sum;
        }
    }
}
