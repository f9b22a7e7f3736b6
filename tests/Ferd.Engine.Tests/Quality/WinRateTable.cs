using System.Globalization;
using System.Text;
using Ferd.Research;

namespace Ferd.Tests.Quality;

/// <summary>
/// The summary docs/RESULTS.md gives of the sweeps: per model, how often AFDE is at or below the
/// better baseline between 10% and 90% kept, and its worst ratio to that baseline between 5% and 95%.
/// </summary>
internal static class WinRateTable
{
    public static (int Wins, int Points) Total(IEnumerable<SweepResult> results, Func<SweepPoint, double> method) =>
        results.Select(r => r.WinsOverBaselines(method)).Aggregate((0, 0), (sum, r) => (sum.Item1 + r.Wins, sum.Item2 + r.Points));

    /// <summary>The largest AFDE / better-baseline ratio between 5% and 95% kept.</summary>
    public static double WorstRatio(SweepResult result, Func<SweepPoint, double> method) =>
        result.Points.Where(p => p.KeptPercent >= 5 && p.KeptPercent <= 95).Select(p => method(p) / p.BestBaseline).DefaultIfEmpty(double.NaN).Max();

    public static string Markdown(IReadOnlyList<SweepResult> results)
    {
        var text = new StringBuilder();
        text.Append("| model | data-free AFDE | AFDE + data | worst ratio, data-free | worst ratio, with data |\n");
        text.Append("|---|---:|---:|---:|---:|\n");
        foreach (var r in results)
        {
            text.Append(Invariant("| {0} | {1} | {2} | {3:0.00} | {4:0.00} |\n", r.Model, Share(r.WinsOverBaselines(p => p.Afde)),
                Share(r.WinsOverBaselines(p => p.AfdeRefit)), WorstRatio(r, p => p.Afde), WorstRatio(r, p => p.AfdeRefit)));
        }
        text.Append(Invariant("| all {0} models | {1} | {2} | {3:0.00} | {4:0.00} |\n", results.Count,
            Share(Total(results, p => p.Afde)), Share(Total(results, p => p.AfdeRefit)),
            results.Max(r => WorstRatio(r, p => p.Afde)), results.Max(r => WorstRatio(r, p => p.AfdeRefit))));
        return text.ToString();
    }

    private static string Share((int Wins, int Points) s) => Invariant("{0} of {1} ({2:0}%)", s.Wins, s.Points, 100.0 * s.Wins / s.Points);

    private static string Invariant(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
