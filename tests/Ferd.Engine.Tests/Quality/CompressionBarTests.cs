using Ferd.Research;

namespace Ferd.Tests.Quality;

/// <summary>
/// The quality docs/RESULTS.md reports is what today's code delivers: every model's sweep, run
/// afresh as docs/results/regenerate runs it, matches its committed file, and AFDE is at or below the
/// better baseline as often as the committed files (and so the document) say.
/// </summary>
public class CompressionBarTests(DocumentedSweeps sweeps) : IClassFixture<DocumentedSweeps>
{
    /// <summary>Machines' math libraries differ in the last digits; so may the numbers.</summary>
    private const double Tolerance = 1e-6;

    /// <summary>Points a near tie may move to the other side on another machine.</summary>
    private const int Margin = 1;

    [Theory]
    [MemberData(nameof(TestData.AllNames), MemberType = typeof(TestData))]
    public void A_fresh_sweep_matches_the_committed_results_file(string model)
    {
        var fresh = sweeps.Results[model];
        var committed = CommittedSweep.Read(model);
        string stale = $"docs/results/{model}.json is out of date; run docs/results/regenerate";

        Assert.True(committed.OriginalParameters == fresh.OriginalParameters, stale);
        Close(committed.TestRmse, fresh.TestRmse, stale);
        Assert.True(committed.Points.Count == fresh.Points.Count, $"{stale} ({committed.Points.Count} points committed, {fresh.Points.Count} now)");
        foreach (var (then, now) in committed.Points.Zip(fresh.Points))
        {
            Assert.True(then.Parameters == now.Parameters, $"{stale} (ε = {now.Epsilon}: {then.Parameters} parameters committed, {now.Parameters} now)");
            foreach (var value in new Func<SweepPoint, double>[] { p => p.Epsilon, p => p.Afde, p => p.AfdeRefit, p => p.Magnitude, p => p.Wanda })
                Close(value(then), value(now), $"{stale} (ε = {now.Epsilon})");
        }
        Assert.Equal(committed.Unreached, fresh.Unreached);
    }

    [Fact]
    public void Afde_is_at_or_below_the_better_baseline_as_often_as_documented()
    {
        var fresh = TestData.AllModelNames.Select(m => sweeps.Results[m]).ToList();
        var committed = TestData.AllModelNames.Select(CommittedSweep.Read).ToList();

        foreach (var method in new Func<SweepPoint, double>[] { p => p.Afde, p => p.AfdeRefit })
        {
            var now = WinRateTable.Total(fresh, method);
            var documented = WinRateTable.Total(committed, method);
            Assert.Equal(documented.Points, now.Points);
            Assert.True(now.Wins >= documented.Wins - Margin, $"{now.Wins} of {now.Points} wins now, {documented.Wins} documented:\n{WinRateTable.Markdown(fresh)}");
        }
    }

    private static void Close(double committed, double now, string message) =>
        Assert.True(committed.Equals(now) || Math.Abs(committed - now) <= Tolerance * Math.Abs(committed), $"{message}: {committed:R} committed, {now:R} now");
}
