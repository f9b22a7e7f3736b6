using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Quality;

public class EpsilonSearchTests
{
    // 3 → 20 ReLU → 1 with positive weights on positive inputs: every dropped neuron lowers the
    // output, so size falls and error grows monotonically with ε under the stand-in compressor.
    private static readonly Network Original = new(
    [
        new DenseLayer(3, 20, Enumerable.Range(0, 60).Select(i => 0.1 + 0.01 * i).ToArray(), Enumerable.Repeat(0.1, 20).ToArray(), Activation.Relu),
        new DenseLayer(20, 1, Enumerable.Range(0, 20).Select(i => 1.0 / (1 + i)).ToArray(), [0], Activation.Identity),
    ]);

    /// <summary>Keeps the first ⌈20 / (1 + 100 ε)⌉ hidden neurons: a compressor whose strength grows with ε.</summary>
    private static CompressionResult Truncate(Network network, double epsilon)
    {
        int kept = (int)Math.Ceiling(20 / (1 + 100 * epsilon));
        var hidden = network.Layers[0];
        var output = network.Layers[1];
        var layers = new[]
        {
            new DenseLayer(3, kept, hidden.Weights.Take(3 * kept).ToArray(), hidden.Bias.Take(kept).ToArray(), Activation.Relu),
            new DenseLayer(kept, 1, output.Weights.Take(kept).ToArray(), output.Bias, Activation.Identity),
        };
        var compressed = new Network(layers);
        return new CompressionResult(network, compressed, epsilon, [new LayerCompression(1, Activation.Relu, 3, 20, kept)]);
    }

    private static readonly double[][] Inputs = TestNetworks.Inputs(1, 50, 3, 0, 1);
    private static readonly double[][] Targets = Inputs.Select(x => Original.Evaluate(x)).ToArray();

    [Theory]
    [InlineData(100)]
    [InlineData(57)]
    [InlineData(9)]
    public void Finds_the_smallest_epsilon_within_a_parameter_budget(int budget)
    {
        var result = new EpsilonSearch(Truncate).ForParameters(Original, budget);

        Assert.True(result.Compressed.ParameterCount <= budget);
        Assert.True(Truncate(Original, result.Epsilon * 0.999).Compressed.ParameterCount > budget);
    }

    [Fact]
    public void Returns_the_exact_network_when_it_already_fits()
    {
        var result = new EpsilonSearch(Truncate).ForParameters(Original, Original.ParameterCount);
        Assert.Equal(0, result.Epsilon);
    }

    [Fact]
    public void Reports_a_parameter_budget_that_cannot_be_met()
    {
        var error = Assert.Throws<BudgetException>(() => new EpsilonSearch(Truncate).ForParameters(Original, 4));
        Assert.Contains("within the budget of 4;", error.Message);
        Assert.Contains("the fewest it reaches is 6", error.Message);
    }

    [Theory]
    [InlineData(0.05)]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void Finds_the_smallest_network_within_an_error_budget(double budget)
    {
        var result = new EpsilonSearch(Truncate).ForError(Original, budget, Inputs, Targets);

        int kept = result.Compressed.Layers[0].OutputCount;
        Assert.True(Rmse.Of(result.Compressed, Inputs, Targets) <= budget);
        Assert.True(OneFewer(kept) is null || Rmse.Of(OneFewer(kept)!, Inputs, Targets) > budget);
    }

    private static Network? OneFewer(int kept)
    {
        if (kept == 1) return null;
        var hidden = Original.Layers[0];
        var output = Original.Layers[1];
        int m = kept - 1;
        return new Network(
        [
            new DenseLayer(3, m, hidden.Weights.Take(3 * m).ToArray(), hidden.Bias.Take(m).ToArray(), Activation.Relu),
            new DenseLayer(m, 1, output.Weights.Take(m).ToArray(), output.Bias, Activation.Identity),
        ]);
    }

    [Fact]
    public void Reports_an_error_budget_the_original_already_misses()
    {
        double[][] wrong = Targets.Select(t => new[] { t[0] + 1 }).ToArray();
        var error = Assert.Throws<BudgetException>(() => new EpsilonSearch(Truncate).ForError(Original, 0.5, Inputs, wrong));
        Assert.Contains("error budget 0.5: the uncompressed network's validation RMSE is already 1.", error.Message);
        var tiny = Assert.Throws<BudgetException>(() => new EpsilonSearch(Truncate).ForError(Original, 1e-6, Inputs, wrong));
        Assert.Contains("error budget 1e-6:", tiny.Message);
    }
}
