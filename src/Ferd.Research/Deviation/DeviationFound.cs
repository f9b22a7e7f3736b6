using System;

namespace Ferd.Research
{
    /// <summary>A deviation found and the input where it was found.</summary>
    public sealed record DeviationFound(double Value, double[] Point)
    {
        public static DeviationFound None { get; } = new DeviationFound(0, Array.Empty<double>());

        /// <summary>The larger of this and <paramref name="other"/>; this one on a tie.</summary>
        public DeviationFound Or(DeviationFound other) => other.Value > Value ? other : this;

        public DeviationFound Or(double[] point, double value) => value > Value ? new DeviationFound(value, point) : this;
    }
}
