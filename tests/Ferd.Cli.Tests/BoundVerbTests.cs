using System.Globalization;

namespace Ferd.Tests;

public class BoundVerbTests
{
    private static readonly string Model = TestData.Model("vanderpol_tanh");

    private static string[] Arguments(params string[] extra) =>
    [
        "bound", Model,
        "--data", TestData.Dataset("vanderpol_tanh", "train"), "--data", TestData.Dataset("vanderpol_tanh", "test"),
        "--samples", "500", "--starts", "4", "--refinements", "30",
        .. extra,
    ];

    /// <summary>The numbers of each table row after the model's name: kept, on the data, sampled, searched, bound, refined bound.</summary>
    private static double[][] Rows(string table) => table.Split('\n')
        .Where(line => line.StartsWith("| vanderpol_tanh |", StringComparison.Ordinal))
        .Select(line => line.Split('|', StringSplitOptions.TrimEntries)[2..8]
            .Select(cell => double.Parse(cell.TrimEnd('%'), CultureInfo.InvariantCulture)).ToArray())
        .ToArray();

    [Fact]
    public void Found_deviations_stay_below_the_certified_bound_and_search_finds_the_most()
    {
        var result = Cli.Run(Arguments("--kept", "90,40"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        Assert.Contains("bound, 30 refinements", result.Out);
        var rows = Rows(result.Out);
        Assert.Equal(2, rows.Length);
        Assert.InRange(rows[0][0], 80, 90);
        Assert.InRange(rows[1][0], 30, 40);
        foreach (var row in rows)
        {
            double onData = row[1], sampled = row[2], searched = row[3], bound = row[4], refined = row[5];
            Assert.True(onData > 0, $"no deviation on the data: {string.Join(", ", row)}");
            // The search climbs from the worst row and the worst sample, so it finds at least as much.
            Assert.True(searched >= onData && searched >= sampled, string.Join(", ", row));
            Assert.True(bound >= searched && refined >= searched, string.Join(", ", row));
        }
    }

    [Fact]
    public void A_written_compression_is_compared_and_the_model_against_itself_deviates_nowhere()
    {
        using var temp = new TempDirectory();
        string compressed = temp.File("small.onnx");
        Assert.Equal(0, Cli.Run("compress", Model, "--epsilon", "0.3", "--output", compressed).ExitCode);

        var written = Rows(Cli.Run(Arguments("--compressed", compressed)).Out).Single();
        var itself = Rows(Cli.Run(Arguments("--compressed", Model)).Out).Single();

        Assert.True(written[0] < 100 && written[3] > 0 && written[4] >= written[3], string.Join(", ", written));
        Assert.Equal([100, 0, 0, 0], itself[..4]);
        Assert.True(itself[4] < 1e-9, $"bound of the model against itself: {itself[4]}");
    }

    [Fact]
    public void Asking_for_no_compression_or_two_is_one_line()
    {
        Cli.AssertUserError(Cli.Run(Arguments()), "give one of --kept, --epsilon or --compressed");
        Cli.AssertUserError(Cli.Run(Arguments("--kept", "50", "--epsilon", "0.1")), "give one of --kept, --epsilon or --compressed");
        Cli.AssertUserError(Cli.Run(Arguments("--kept", "0")), "--kept: '0' is not a percentage in (0, 100]");
        Cli.AssertUserError(Cli.Run("bound", Model, "--kept", "50", "--data", TestData.Dataset("vanderpol_tanh", "test"), "--samples", "-1"), "--samples cannot be negative");
    }

    [Fact]
    public void A_model_that_is_not_a_compression_of_the_original_is_one_line()
    {
        Cli.AssertUserError(Cli.Run(Arguments("--compressed", TestData.Model("lotka-volterra_tanh"))), "is not a compression of the model");
    }

    [Fact]
    public void A_policy_with_a_head_is_refused_in_one_line()
    {
        Cli.AssertUserError(
            Cli.Run("bound", Path.Combine(TestData.Models, "mlagents", "Basic.onnx"), "--kept", "50", "--data", TestData.Dataset("vanderpol_tanh", "test")),
            "bound compares regression outputs; this model has an output head");
    }
}
