using System;
using System.Globalization;
using Ferd.Compiling;

namespace Ferd.Emit
{
    /// <summary>Phrases the generated header and the build report share, in the words of the attribute.</summary>
    public static class CompressionWording
    {
        /// <summary>How the request chose ε: "found for MaxParameters = 100", "found for MaxError = 0.01", or null when ε was given.</summary>
        public static string? EpsilonChoice(CompressionRequest? request) =>
            request?.MaxParameters is int parameters ? "found for MaxParameters = " + Invariant.Int(parameters)
            : request?.MaxError is double error ? "found for MaxError = " + FloatLiteral.FormatDouble(error)
            : null;

        /// <summary>
        /// A bound rounded up to three significant digits: short enough to read, and still a bound.
        /// </summary>
        public static string Bound(double bound)
        {
            if (!(bound > 0) || double.IsInfinity(bound)) return FloatLiteral.FormatDouble(bound);
            double scale = Math.Pow(10, Math.Floor(Math.Log10(bound)) - 2);
            return (Math.Ceiling(bound / scale) * scale).ToString("G3", CultureInfo.InvariantCulture);
        }
    }
}
