using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Compiling
{
    /// <summary>
    /// Finds the tolerance ε that meets a budget, as users think in parameters or error rather than ε
    /// (docs/METHOD.md §6). Compression grows with ε, so a geometric scan brackets the budget and a
    /// bisection narrows the bracket; every step is a deterministic compression.
    /// </summary>
    public sealed class EpsilonSearch
    {
        private const double FirstStep = 1e-4;
        private const double Largest = 1e3;
        private const int Bisections = 24;

        private readonly Func<Network, double, CompressionResult> lump;
        private readonly Func<Network, CompressionResult, CompressionResult> finish;

        /// <summary>Searches data-free compression (<see cref="DataFreeCompressor"/>).</summary>
        public EpsilonSearch() : this(DataFreeCompressor.Lump, DataFreeCompressor.RefitOnPrior)
        {
        }

        /// <param name="compress">The compressor searched over.</param>
        public EpsilonSearch(Func<Network, double, CompressionResult> compress) : this(compress, (_, result) => result)
        {
        }

        /// <summary>
        /// A compressor in two steps: <paramref name="lump"/>, which alone decides the size, then
        /// <paramref name="finish"/> (a refit), which keeps it. A parameter budget is searched over
        /// lumping alone and finished once; an error budget needs every step finished.
        /// </summary>
        public EpsilonSearch(Func<Network, double, CompressionResult> lump, Func<Network, CompressionResult, CompressionResult> finish)
        {
            this.lump = lump;
            this.finish = finish;
        }

        /// <summary>The least error within a parameter budget: the smallest ε whose network has at most <paramref name="maxParameters"/>.</summary>
        public CompressionResult ForParameters(Network network, int maxParameters)
        {
            if (maxParameters <= 0) throw new ArgumentOutOfRangeException(nameof(maxParameters), maxParameters, "A parameter budget must be positive.");
            var found = Search(network, lump, r => r.Compressed.ParameterCount <= maxParameters, preferSmallNetwork: false);
            if (found != null) return finish(network, found);
            throw new BudgetException(string.Format(CultureInfo.InvariantCulture,
                "No ε up to {0} brings the network's {1} parameters within the budget of {2}; the fewest it reaches is {3}.",
                Largest, network.ParameterCount, maxParameters, lump(network, Largest).Compressed.ParameterCount));
        }

        /// <summary>
        /// The smallest network whose RMSE on the validation data is at most <paramref name="maxRmse"/>;
        /// targets are the values to be matched (labels, or the original network's outputs).
        /// </summary>
        public CompressionResult ForError(Network network, double maxRmse, double[][] inputs, double[][] targets)
        {
            if (!(maxRmse >= 0)) throw new ArgumentOutOfRangeException(nameof(maxRmse), maxRmse, "An error budget must be non-negative.");
            double exact = Rmse.Of(network, inputs, targets);
            var found = Search(network, (n, e) => finish(n, lump(n, e)), r => Rmse.Of(r.Compressed, inputs, targets) <= maxRmse, preferSmallNetwork: true);
            return found ?? throw new BudgetException(
                $"No ε meets the error budget {Readable(maxRmse)}: the uncompressed network's validation RMSE is already {Readable(exact)}.");
        }

        // 0.05, 7.8845, 1e-6: four decimals, or a power of ten where those would hide the value.
        private static string Readable(double value) =>
            value != 0 && (Math.Abs(value) < 1e-3 || Math.Abs(value) >= 1e6)
                ? value.ToString("0.###e0", CultureInfo.InvariantCulture)
                : value.ToString("0.####", CultureInfo.InvariantCulture);

        /// <summary>
        /// Scans ε = 0, 1e-4, 2e-4, … and bisects at the budget's edge. For a parameter budget the
        /// edge is the first ε that fits; for an error budget, the last ε that still meets it. Of all
        /// networks seen that meet the budget, returns the one the budget asks for.
        /// </summary>
        private static CompressionResult? Search(Network network, Func<Network, double, CompressionResult> compress, Func<CompressionResult, bool> meets, bool preferSmallNetwork)
        {
            var seen = new List<(CompressionResult Result, bool Meets)>();
            bool Try(double epsilon)
            {
                var result = compress(network, epsilon);
                bool ok = meets(result);
                seen.Add((result, ok));
                return ok;
            }

            bool atZero = Try(0);
            if (atZero && !preferSmallNetwork) return seen[0].Result;
            double lo = 0, hi = FirstStep;
            bool state = atZero;
            // Walk up until the answer to "meets the budget?" flips.
            while (hi <= Largest && Try(hi) == state)
            {
                lo = hi;
                hi *= 2;
            }
            if (hi <= Largest)
            {
                for (int i = 0; i < Bisections; i++)
                {
                    double mid = lo == 0 ? hi / 2 : Math.Sqrt(lo * hi);
                    if (Try(mid) == state) lo = mid;
                    else hi = mid;
                }
            }
            var meeting = seen.Where(s => s.Meets).Select(s => s.Result).ToList();
            if (meeting.Count == 0) return null;
            return preferSmallNetwork
                ? meeting.OrderBy(r => r.Compressed.ParameterCount).ThenBy(r => r.Epsilon).First()
                : meeting.OrderBy(r => r.Epsilon).First();
        }
    }
}
