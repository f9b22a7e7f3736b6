using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Evaluation;

namespace Ferd.Networks
{
    /// <summary>
    /// What the certified bound needs of an activation σ: its derivative, and the points where σ'
    /// changes sign (σ's extremes), where σ'' changes sign (σ' extremes) and where σ' jumps. Between
    /// those points σ and σ' are monotone, so their ranges on an interval come from finitely many
    /// values, and σ'(z) = α has at most one root per piece, found by bisection.
    /// </summary>
    public sealed class BoundFacts
    {
        public BoundFacts(Func<double, double> derivative, double[]? critical = null, double[]? inflections = null, double[]? kinks = null)
        {
            Derivative = derivative;
            Critical = critical ?? Array.Empty<double>();
            Inflections = inflections ?? Array.Empty<double>();
            Kinks = kinks ?? Array.Empty<double>();
        }

        /// <summary>σ' where σ is differentiable; on either side of a kink, that side's slope.</summary>
        public Func<double, double> Derivative { get; }

        public IReadOnlyList<double> Critical { get; }

        public IReadOnlyList<double> Inflections { get; }

        public IReadOnlyList<double> Kinks { get; }

        /// <summary>The range of σ over <paramref name="z"/>.</summary>
        public Interval Image(Activation sigma, Interval z)
        {
            var values = Within(z, Critical.Concat(Kinks)).Append(z.Lo).Append(z.Hi).Select(sigma.Apply).ToList();
            return new Interval(values.Min(), values.Max());
        }

        /// <summary>The range of σ' over <paramref name="z"/>: it holds every secant slope between two of its points.</summary>
        public Interval Slopes(Interval z)
        {
            var values = new List<double> { Derivative(z.Lo), Derivative(z.Hi) };
            foreach (double p in Within(z, Inflections)) values.Add(Derivative(p));
            foreach (double k in Kinks.Where(k => k >= z.Lo && k <= z.Hi))
            {
                values.Add(Derivative(Next(-1, k)));
                values.Add(Derivative(Next(1, k)));
            }
            return new Interval(values.Min(), values.Max());
        }

        /// <summary>The interior points of [l, u] where σ(z) − αz may be extreme: kinks and the roots of σ'(z) = α.</summary>
        public IEnumerable<double> Stationary(double alpha, double l, double u)
        {
            var cuts = Within(new Interval(l, u), Inflections.Concat(Kinks)).Distinct().OrderBy(p => p).ToList();
            foreach (double k in Within(new Interval(l, u), Kinks)) yield return k;
            double start = l;
            foreach (double end in cuts.Append(u))
            {
                if (Root(alpha, start, end) is double root) yield return root;
                start = end;
            }
        }

        /// <summary>The root of σ'(z) = α on a piece where σ' is monotone, if it has one.</summary>
        private double? Root(double alpha, double lo, double hi)
        {
            if (!(hi > lo)) return null;
            // Just inside the piece, so a kink at either end does not lend the other side's slope.
            double a = Derivative(Next(1, lo)) - alpha, b = Derivative(Next(-1, hi)) - alpha;
            if (double.IsNaN(a) || double.IsNaN(b) || a * b > 0 || (a == 0 && b == 0)) return null;
            for (int i = 0; i < 200; i++)
            {
                double mid = 0.5 * (lo + hi);
                if (mid <= lo || mid >= hi) break;
                double m = Derivative(mid) - alpha;
                if (m == 0) return mid;
                if ((m < 0) == (a < 0)) { lo = mid; a = m; }
                else hi = mid;
            }
            return 0.5 * (lo + hi);
        }

        /// <summary>The double next to <paramref name="x"/> in the direction of <paramref name="direction"/> (netstandard2.0 lacks Math.BitIncrement).</summary>
        private static double Next(int direction, double x)
        {
            if (double.IsNaN(x) || double.IsInfinity(x)) return x;
            if (x == 0) return direction * double.Epsilon;
            long bits = BitConverter.DoubleToInt64Bits(x);
            return BitConverter.Int64BitsToDouble((x > 0) == (direction > 0) ? bits + 1 : bits - 1);
        }

        private static IEnumerable<double> Within(Interval z, IEnumerable<double> points) => points.Where(p => p > z.Lo && p < z.Hi);
    }
}
