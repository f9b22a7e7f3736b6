using System.Globalization;
using Ferd.Compiling;
using Ferd.Networks;
using Ferd.Onnx;
using Ferd.Pruning;
using Xunit.Abstractions;

namespace Ferd.Tests.Quality;

/// <summary>
/// The ML-Agents policies compressed without data to half and a quarter of their layers'
/// parameters, by AFDE and by magnitude pruning and Wanda at the same size, measured on
/// observations drawn from each policy's own normalizer (mean + std · N(0, 1), every action
/// allowed; N(0, 1) where a policy has none). Prints the table:
/// dotnet test tests/Ferd.Engine.Tests -c Release --filter PolicyCompressionReport --logger "console;verbosity=detailed"
/// </summary>
public class PolicyCompressionReportTests(ITestOutputHelper output)
{
    private const int Rows = 512;

    [Fact]
    public void Policies_compress_to_half_and_a_quarter_within_budget()
    {
        output.WriteLine("| policy | kept | parameters | AFDE | magnitude | Wanda |");
        output.WriteLine("|---|---|---|---|---|---|");
        foreach (string name in new[] { "3DBall", "Walker", "Basic", "PushBlock" })
        {
            var network = NetworkImporter.Import(File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", name + ".onnx")));
            var trunk = network.Trunk;
            var rows = Observations(network, new Random(7));
            var staged = rows.Select(r => network.Staged(r)).ToArray();
            var reference = rows.Select(r => network.Evaluate(r)).ToArray();
            foreach (double share in new[] { 0.5, 0.25 })
            {
                int budget = (int)(share * trunk.ParameterCount);
                var afde = new EpsilonSearch().ForParameters(trunk, budget).Compressed;
                var magnitude = MagnitudePruner.Prune(trunk, budget);
                var wanda = WandaPruner.Prune(trunk, budget, staged);
                Assert.True(afde.ParameterCount <= budget, $"{name}: AFDE kept {afde.ParameterCount} of a budget of {budget}");
                Assert.True(NonZero(magnitude) <= budget && NonZero(wanda) <= budget, $"{name}: the pruners kept more than {budget}");
                string Deviation(Network compressed) => Describe(network, network.WithLayers(compressed.Layers), rows, reference);
                output.WriteLine($"| {name} | {share * 100:0}% | {budget} of {trunk.ParameterCount} | {Deviation(afde)} | {Deviation(magnitude)} | {Deviation(wanda)} |");
            }
        }
    }

    /// <summary>Continuous actions: max and mean |Δ| over rows and actions; discrete: the share of actions changed.</summary>
    private static string Describe(Network original, Network compressed, double[][] rows, double[][] reference)
    {
        var actual = rows.Select(r => compressed.Evaluate(r)).ToArray();
        var deltas = actual.Zip(reference).SelectMany(p => p.First.Zip(p.Second, (a, b) => Math.Abs(a - b))).ToArray();
        Assert.All(deltas, d => Assert.True(double.IsFinite(d)));
        if (original.Head.IsInteger)
            return (100.0 * deltas.Count(d => d != 0) / deltas.Length).ToString("0.#", CultureInfo.InvariantCulture) + "% changed";
        return string.Format(CultureInfo.InvariantCulture, "max {0:0.000}, mean {1:0.0000}", deltas.Max(), deltas.Average());
    }

    /// <summary>Rows of the network's inputs: normalized features drawn as mean + std · N(0, 1) through the stage's inverse, masks all ones.</summary>
    private static double[][] Observations(Network network, Random random)
    {
        var stage = network.Stage;
        return Enumerable.Range(0, Rows).Select(_ =>
        {
            var row = Enumerable.Repeat(1.0, network.InputCount).ToArray();
            for (int j = 0; j < stage.Count; j++) row[stage.Source[j]] = Gaussian(random) / stage.Scale[j] - stage.Shift[j];
            return row;
        }).ToArray();
    }

    private static double Gaussian(Random random) => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static int NonZero(Network network) => network.Layers.Sum(l => l.Weights.Count(w => w != 0) + l.Bias.Length);
}
