using System;

namespace Ferd.Networks
{
    /// <summary>
    /// The double-precision functions the smooth activations are evaluated with, accurate to a few
    /// ulp: Apply is the reference the IR is checked against, so no formula here cancels.
    /// </summary>
    internal static class DoubleMath
    {
        /// <summary>1/√2, for Φ(z) = erfc(−z/√2) / 2.</summary>
        public const double InverseSqrt2 = 0.70710678118654752440;

        /// <summary>1/√(2π), for the normal density φ.</summary>
        public const double InverseSqrt2Pi = 0.39894228040143267794;

        /// <summary>
        /// e^x − 1 by Kahan's trick: u − 1 is exact near 1 and (u − 1)/ln u cancels the rounding of
        /// u = e^x, so small x keep their relative accuracy (netstandard2.0 has no Math.Expm1).
        /// </summary>
        public static double Expm1(double x)
        {
            if (!(Math.Abs(x) < 0.5)) return Math.Exp(x) - 1;
            double u = Math.Exp(x);
            if (u == 1) return x;
            return (u - 1) * x / Math.Log(u);
        }

        /// <summary>ln(1 + x) by Kahan's trick, exact for tiny x where 1 + x rounds to 1.</summary>
        public static double Log1p(double x)
        {
            if (!(Math.Abs(x) < 0.5)) return Math.Log(1 + x);
            double u = 1 + x;
            if (u == 1) return x;
            return Math.Log(u) * x / (u - 1);
        }

        /// <summary>σ(z) = 1 / (1 + e^−z), relative accuracy on both tails.</summary>
        public static double Logistic(double z) => 1.0 / (1.0 + Math.Exp(-z));

        /// <summary>ln(1 + e^z) = max(z, 0) + ln(1 + e^−|z|): neither overflows nor cancels.</summary>
        public static double Softplus(double z) => (z > 0 ? z : 0) + Log1p(Math.Exp(-Math.Abs(z)));

        /// <summary>The complementary error function, relative accuracy on both tails (MathNet's port of Boost).</summary>
        public static double Erfc(double x) => MathNet.Numerics.SpecialFunctions.Erfc(x);

        /// <summary>Φ(z), the standard normal distribution function, without cancellation for z &lt; 0.</summary>
        public static double NormalCdf(double z) => 0.5 * Erfc(-z * InverseSqrt2);

        /// <summary>φ(z), the standard normal density.</summary>
        public static double NormalDensity(double z) => InverseSqrt2Pi * Math.Exp(-0.5 * z * z);

        /// <summary>
        /// The root of <paramref name="f"/> in [lo, hi], where f changes sign, by bisection to the last
        /// bit: deterministic, and exact wherever f's sign is.
        /// </summary>
        public static double Root(Func<double, double> f, double lo, double hi)
        {
            double a = f(lo);
            if (a * f(hi) > 0) throw new ArgumentException($"No sign change in [{lo}, {hi}].");
            for (int i = 0; i < 200; i++)
            {
                double mid = 0.5 * (lo + hi);
                if (mid <= lo || mid >= hi) break;
                double m = f(mid);
                if (m == 0) return mid;
                if ((m < 0) == (a < 0)) { lo = mid; a = m; }
                else hi = mid;
            }
            return 0.5 * (lo + hi);
        }
    }
}
