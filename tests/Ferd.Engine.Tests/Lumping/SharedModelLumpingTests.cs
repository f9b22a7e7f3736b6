using Ferd.Evaluation;
using Ferd.Lumping;

namespace Ferd.Tests.Lumping;

public class SharedModelLumpingTests
{
    private static readonly double[] Grid = [0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1, 2];

    public static TheoryData<string> Names() => TestData.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void At_epsilon_zero_the_quotient_computes_the_model(string name)
    {
        var network = SharedModels.Import(name);
        var (inputs, _) = SharedModels.TestSet(name, network);
        var compressed = AfdeCompressor.Compress(network, 0).Compressed;
        foreach (var x in inputs.Take(50))
        {
            double[] y = network.Evaluate(x), z = compressed.Evaluate(x);
            for (int o = 0; o < y.Length; o++) Assert.Equal(y[o], z[o], 1e-9 * (1 + Math.Abs(y[o])));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Planted_copies_are_recovered_exactly(string name)
    {
        var network = Planting.ToFloat32(SharedModels.Import(name));
        var planted = Planting.Plant(network, seed: name.Length, maxCopies: 3);
        Assert.True(planted.ParameterCount > 2 * network.ParameterCount);

        var expected = AfdeCompressor.Compress(network, 0);
        var result = AfdeCompressor.Compress(planted, 0);

        Assert.Equal(expected.Layers.Select(l => l.NeuronsAfter), result.Layers.Select(l => l.NeuronsAfter));
        Assert.Equal(network.ParameterCount, result.Compressed.ParameterCount);
        var (inputs, _) = SharedModels.TestSet(name, network);
        foreach (var x in inputs.Take(50))
        {
            double[] y = network.Evaluate(x), z = result.Compressed.Evaluate(x);
            for (int o = 0; o < y.Length; o++) Assert.Equal(y[o], z[o], 1e-5 * (1 + Math.Abs(y[o])));
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Compression_never_grows_with_epsilon(string name)
    {
        var network = SharedModels.Import(name);
        int[] sizes = Grid.Select(e => AfdeCompressor.Compress(network, e).Compressed.ParameterCount).ToArray();

        Assert.Equal(network.ParameterCount, sizes[0]);
        for (int i = 1; i < sizes.Length; i++) Assert.True(sizes[i] <= sizes[i - 1], $"ε = {Grid[i]} keeps {sizes[i]} parameters, ε = {Grid[i - 1]} kept {sizes[i - 1]}");
        // From ε = 0.2 on, every model loses neurons.
        for (int i = Array.IndexOf(Grid, 0.2); i < sizes.Length; i++) Assert.True(sizes[i] < network.ParameterCount, $"ε = {Grid[i]} did not compress");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Small_epsilon_costs_little_accuracy(string name)
    {
        var network = SharedModels.Import(name);
        var (inputs, targets) = SharedModels.TestSet(name, network);
        double original = Rmse.Of(network, inputs, targets);
        double compressed = Rmse.Of(AfdeCompressor.Compress(network, 0.1).Compressed, inputs, targets);
        Assert.True(compressed <= 2 * original, $"test RMSE {compressed} at ε = 0.1, {original} uncompressed");
    }
}
