using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>
    /// A plot axis: a data range mapped onto a pixel range, linear or logarithmic, with ticks at
    /// "nice" values (1, 2, 5 × 10^k) that cover the range.
    /// </summary>
    public sealed class PlotAxis
    {
        private PlotAxis(double min, double max, bool logarithmic, IReadOnlyList<double> ticks)
        {
            Min = min;
            Max = max;
            Logarithmic = logarithmic;
            Ticks = ticks;
        }

        public double Min { get; }

        public double Max { get; }

        public bool Logarithmic { get; }

        public IReadOnlyList<double> Ticks { get; }

        /// <summary>A linear axis from the nice tick at or below <paramref name="min"/> to the one at or above <paramref name="max"/>.</summary>
        public static PlotAxis Linear(double min, double max)
        {
            if (!(max > min)) max = min + (min == 0 ? 1 : Math.Abs(min));
            double step = NiceStep((max - min) / 5);
            double lo = Math.Floor(min / step + 1e-9) * step, hi = Math.Ceiling(max / step - 1e-9) * step;
            int count = (int)Math.Round((hi - lo) / step);
            return new PlotAxis(lo, hi, false, Enumerable.Range(0, count + 1).Select(i => Clean(lo + i * step)).ToArray());
        }

        /// <summary>A logarithmic axis over whole decades; ticks at 1, 2 and 5 of each decade.</summary>
        public static PlotAxis Log(double min, double max)
        {
            if (!(min > 0)) throw new ArgumentOutOfRangeException(nameof(min), min, "A logarithmic axis needs positive values.");
            int first = (int)Math.Floor(Math.Log10(min) + 1e-9), last = (int)Math.Ceiling(Math.Log10(Math.Max(max, min)) - 1e-9);
            if (last == first) last++;
            var ticks = new List<double>();
            for (int d = first; d <= last; d++)
            {
                foreach (double m in d == last ? new[] { 1.0 } : new[] { 1.0, 2.0, 5.0 }) ticks.Add(Clean(m * Math.Pow(10, d)));
            }
            return new PlotAxis(Math.Pow(10, first), Math.Pow(10, last), true, ticks);
        }

        /// <summary>Where <paramref name="value"/> falls between pixel positions <paramref name="from"/> (at Min) and <paramref name="to"/> (at Max).</summary>
        public double Map(double value, double from, double to)
        {
            double t = Logarithmic
                ? (Math.Log10(value) - Math.Log10(Min)) / (Math.Log10(Max) - Math.Log10(Min))
                : (value - Min) / (Max - Min);
            return from + t * (to - from);
        }

        public static string Label(double value) => value.ToString("G4", CultureInfo.InvariantCulture);

        private static double NiceStep(double rough)
        {
            double power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
            double fraction = rough / power;
            return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
        }

        /// <summary>Removes the float noise of i·step so tick labels read 0.3, not 0.30000000000000004.</summary>
        private static double Clean(double value) => double.Parse(value.ToString("G12", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
    }
}
