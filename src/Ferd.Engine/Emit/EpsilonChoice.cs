using Ferd.Lumping;

namespace Ferd.Emit
{
    /// <summary>How a request chose ε, in the words of the attribute, for the header and the build report.</summary>
    public static class EpsilonChoice
    {
        /// <summary>"found for MaxParameters = 100", "found for MaxError = 0.01", or null when ε was given.</summary>
        public static string? Describe(CompressionRequest? request) =>
            request?.MaxParameters is int parameters ? "found for MaxParameters = " + Invariant.Int(parameters)
            : request?.MaxError is double error ? "found for MaxError = " + FloatLiteral.FormatDouble(error)
            : null;

        /// <summary>
        /// A bound rounded up to three significant digits: short enough to read, and still a bound.
        /// </summary>
        public static string BoundText(double bound)
        {
            if (!(bound > 0) || double.IsInfinity(bound)) return FloatLiteral.FormatDouble(bound);
            double scale = System.Math.Pow(10, System.Math.Floor(System.Math.Log10(bound)) - 2);
            return (System.Math.Ceiling(bound / scale) * scale).ToString("G3", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
