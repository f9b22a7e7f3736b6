using System.Text.Json;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Research;

namespace Ferd.Tests.Evaluation;

public class SweepTests
{
    /// <summary>A stand-in compressor: keeps the first ⌈n / (1 + 10 ε)⌉ neurons of each hidden layer.</summary>
    private static CompressionResult Truncate(Network network, double epsilon)
    {
        var layers = new List<DenseLayer>();
        int inputs = network.InputCount;
        var report = new List<LayerCompression>();
        for (int l = 0; l < network.Layers.Count; l++)
        {
            var layer = network.Layers[l];
            int kept = l == network.Layers.Count - 1 ? layer.OutputCount : (int)Math.Ceiling(layer.OutputCount / (1 + 10 * epsilon));
            var weights = Enumerable.Range(0, kept).SelectMany(k => Enumerable.Range(0, inputs).Select(m => layer.Weight(k, m))).ToArray();
            layers.Add(new DenseLayer(inputs, kept, weights, layer.Bias.Take(kept).ToArray(), layer.Activation));
            report.Add(new LayerCompression(l + 1, layer.Activation, inputs, layer.OutputCount, kept));
            inputs = kept;
        }
        return new CompressionResult(network, new Network(layers), epsilon, report);
    }

    private static readonly Network Model = TestNetworks.Random(50, Activation.Tanh, 4, 24, 24, 2);
    private static readonly double[][] Train = TestNetworks.Inputs(51, 300, 4);
    private static readonly double[][] Test = TestNetworks.Inputs(52, 100, 4);
    private static readonly double[][] Labels = Test.Select(x => Model.Evaluate(x).Select(v => v + 0.01).ToArray()).ToArray();

    [Fact]
    public void Measures_every_method_at_the_compressed_size()
    {
        var options = new SweepOptions { Epsilons = [0, 0.1, 1], Compress = Truncate, CalibrationSize = 64 };

        var result = Sweep.Run("toy", Model, Train, Test, Labels, options);

        Assert.Equal(Model.ParameterCount, result.OriginalParameters);
        Assert.Equal(0.01, result.TestRmse, 9);
        Assert.Equal([0, 0.1, 1], result.Points.Select(p => p.Epsilon));
        var exact = result.Points[0];
        Assert.Equal(100, exact.KeptPercent, 9);
        Assert.Equal(0.01, exact.Afde, 9);
        Assert.Equal(0.01, exact.Magnitude, 9);
        Assert.Equal(0.01, exact.Wanda, 9);
        var small = result.Points[2];
        Assert.Equal(Truncate(Model, 1).Compressed.ParameterCount, small.Parameters);
        Assert.Equal(100.0 * small.Parameters / Model.ParameterCount, small.KeptPercent, 9);
        Assert.True(small.AfdeRefit < small.Afde);
    }

    [Fact]
    public void Chooses_epsilons_that_spread_over_kept_fractions_and_reports_progress()
    {
        var reports = new List<SweepProgress>();
        var options = new SweepOptions { KeptFractions = [0.9, 0.5, 0.2], Compress = Truncate, CalibrationSize = 64 };

        var result = Sweep.Run("toy", Model, Train, Test, Labels, options, new Progress(reports));

        Assert.Equal(3, result.Points.Count);
        Assert.All(result.Points.Zip(new[] { 90.0, 50, 20 }), p => Assert.InRange(p.First.KeptPercent, p.Second - 12, p.Second));
        Assert.Equal(reports.Count - 1, reports.Count(r => r.Done < r.Total));
        Assert.Equal(reports[^1].Total, reports[^1].Done);
        Assert.True(reports.Zip(reports.Skip(1)).All(p => p.First.Done <= p.Second.Done));
    }

    [Fact]
    public void Serializes_to_the_documented_json_shape()
    {
        var result = new SweepResult("m\"1", 4801, 4.5, [new SweepPoint(0.05, 2400, 49.99, 5.25, 4.75, 8.5, double.NaN)]);

        using var doc = JsonDocument.Parse(result.ToJson());
        var root = doc.RootElement;
        Assert.Equal("m\"1", root.GetProperty("model").GetString());
        Assert.Equal(4801, root.GetProperty("original_params").GetInt32());
        Assert.Equal(4.5, root.GetProperty("test_rmse").GetDouble());
        var point = root.GetProperty("points")[0];
        Assert.Equal(0.05, point.GetProperty("epsilon").GetDouble());
        Assert.Equal(2400, point.GetProperty("params").GetInt32());
        Assert.Equal(49.99, point.GetProperty("kept_percent").GetDouble());
        var rmse = point.GetProperty("rmse");
        Assert.Equal(5.25, rmse.GetProperty("afde").GetDouble());
        Assert.Equal(4.75, rmse.GetProperty("afde_refit").GetDouble());
        Assert.Equal(8.5, rmse.GetProperty("magnitude").GetDouble());
        Assert.Equal(JsonValueKind.Null, rmse.GetProperty("wanda").ValueKind);
    }

    [Fact]
    public void Json_numbers_do_not_depend_on_the_culture()
    {
        var result = new SweepResult("m", 10, 0.125, []);
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            Assert.Contains("\"test_rmse\": 0.125", result.ToJson());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Counts_wins_over_the_better_baseline_within_a_size_range()
    {
        var result = new SweepResult("m", 100, 1,
        [
            new SweepPoint(0.1, 95, 95, 9, 9, 1, 1),   // outside 10–90%
            new SweepPoint(0.2, 80, 80, 1, 1, 2, 3),   // win
            new SweepPoint(0.3, 50, 50, 3, 1, 4, 2),   // data-free loses to Wanda, refit wins
            new SweepPoint(0.4, 20, 20, 2, 2, 2, 5),   // tie counts as a win
        ]);
        Assert.Equal((2, 3), result.WinsOverBaselines(p => p.Afde));
        Assert.Equal((3, 3), result.WinsOverBaselines(p => p.AfdeRefit));
    }

    [Fact]
    public void A_size_no_tolerance_reaches_counts_as_a_loss()
    {
        var result = new SweepResult("m", 100, 1, [new SweepPoint(0.2, 80, 80, 1, 1, 2, 3)], [10, 5]);

        Assert.Equal((1, 2), result.WinsOverBaselines(p => p.Afde));
        Assert.Contains("Not reached by any ε: 10%, 5% kept.", result.ToMarkdown());
        using var doc = JsonDocument.Parse(result.ToJson());
        Assert.Equal([10.0, 5.0], doc.RootElement.GetProperty("unreached_percent").EnumerateArray().Select(e => e.GetDouble()));
    }

    [Fact]
    public void Records_the_sizes_it_cannot_reach()
    {
        // The stand-in keeps at least one neuron per layer: 1% of the toy model is out of its reach.
        var options = new SweepOptions { KeptFractions = [0.5, 0.01], Compress = Truncate, CompressWithData = null, CalibrationSize = 16 };

        var result = Sweep.Run("toy", Model, Train, Test, Labels, options);

        Assert.Single(result.Points);
        Assert.Equal([1.0], result.Unreached);
    }

    [Fact]
    public void Calibration_rows_are_evenly_spaced()
    {
        double[][] rows = Enumerable.Range(0, 10).Select(i => new double[] { i }).ToArray();
        Assert.Equal([0, 2, 5, 7], Sweep.EvenlySpaced(rows, 4).Select(r => r[0]));
        Assert.Same(rows, Sweep.EvenlySpaced(rows, 20));
    }

    private sealed class Progress(List<SweepProgress> reports) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => reports.Add(value);
    }
}
