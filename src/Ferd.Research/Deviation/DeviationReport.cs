using System;
using System.Globalization;

namespace Ferd.Research
{
    /// <summary>
    /// How far a compressed network is from the original over the data's box: the deviations found
    /// (on the data, at random points, by search; each a lower bound on the truth) beside the
    /// certified upper bound on the whole box and after refinement, with the time each took.
    /// </summary>
    public sealed record DeviationReport(
        int Parameters,
        int OriginalParameters,
        double OnData,
        double Sampled,
        double Searched,
        double Bound,
        double RefinedBound,
        TimeSpan SearchTime,
        TimeSpan BoundTime,
        TimeSpan RefinedBoundTime)
    {
        public double KeptPercent => 100.0 * Parameters / OriginalParameters;

        /// <summary>The largest deviation known to occur: a lower bound on the true maximum.</summary>
        public double Found => Math.Max(OnData, Math.Max(Sampled, Searched));

        /// <summary>The header of <see cref="ToMarkdownRow"/>'s table.</summary>
        public static string MarkdownHeader(DeviationOptions options) =>
            string.Format(CultureInfo.InvariantCulture,
                "| model | kept | max \\|f − f'\\| on the data | on {0} random points of the box | found by search (corners, {1} hill climbs) | bound, whole box | bound, {2} refinements | time: sampling and search, bound, refined |\n" +
                "|---|---:|---:|---:|---:|---:|---:|---|\n",
                options.Samples, options.Starts, options.Refinements);

        public string ToMarkdownRow(string model) =>
            string.Format(CultureInfo.InvariantCulture, "| {0} | {1:0.0}% | {2} | {3} | {4} | {5} | {6} | {7}, {8}, {9} |\n",
                model, KeptPercent, Number(OnData), Number(Sampled), Number(Searched), Number(Bound), Number(RefinedBound),
                Seconds(SearchTime), Seconds(BoundTime), Seconds(RefinedBoundTime));

        private static string Number(double v) => v.ToString("G3", CultureInfo.InvariantCulture);

        private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString(t.TotalSeconds < 10 ? "0.0" : "0", CultureInfo.InvariantCulture) + " s";
    }
}
