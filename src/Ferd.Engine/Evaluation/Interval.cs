using System;

namespace Ferd.Evaluation
{
    /// <summary>A closed interval [Lo, Hi] of reals, for bounding a network over a box of inputs.</summary>
    public readonly struct Interval
    {
        public Interval(double lo, double hi)
        {
            Lo = lo;
            Hi = hi;
        }

        public double Lo { get; }

        public double Hi { get; }

        public double Width => Hi - Lo;

        /// <summary>max |v| over the interval.</summary>
        public double Magnitude => Math.Max(Math.Abs(Lo), Math.Abs(Hi));

        public static Interval Point(double v) => new Interval(v, v);

        public static Interval Hull(Interval a, Interval b) => new Interval(Math.Min(a.Lo, b.Lo), Math.Max(a.Hi, b.Hi));

        public static Interval operator +(Interval a, Interval b) => new Interval(a.Lo + b.Lo, a.Hi + b.Hi);

        public static Interval operator *(double c, Interval a) => c >= 0 ? new Interval(c * a.Lo, c * a.Hi) : new Interval(c * a.Hi, c * a.Lo);

        public override string ToString() => FormattableString.Invariant($"[{Lo}, {Hi}]");
    }
}
