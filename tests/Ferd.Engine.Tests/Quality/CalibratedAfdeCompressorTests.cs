using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Quality;

public class CalibratedAfdeCompressorTests
{
    /// <summary>A 2 → 4 → 1 network whose neurons 2 and 3 copy neuron 0 under σ's symmetry (scaled by 3, or mirrored).</summary>
    private static Network WithCopies(Activation activation)
    {
        double c = activation.Scales == ScaleFreedom.Sign ? -1 : 3;
        double[] r0 = [0.8, -0.5], r1 = [0.1, 0.9];
        double b0 = 0.2, b1 = -0.4;
        var hidden = new DenseLayer(2, 4, [.. r0, .. r1, c * r0[0], c * r0[1], r0[0], r0[1]], [b0, b1, c * b0, b0], activation);
        var output = new DenseLayer(4, 1, [1.2, -0.7, 0.5, 0.3], [0.1], Activation.Identity);
        return new Network([hidden, output]);
    }

    [Theory]
    [InlineData("relu")]
    [InlineData("leakyrelu")]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    [InlineData("identity")]
    public void Merges_exact_copies_at_zero_and_keeps_the_function(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        var network = WithCopies(activation);
        var calibration = TestNetworks.Inputs(60, 200, 2, -3, 3);

        var result = CalibratedAfdeCompressor.Compress(network, 0, calibration);

        Assert.Equal(2, result.Compressed.Layers[0].OutputCount);
        Assert.Equal([new LayerCompression(1, activation, 2, 4, 2), new LayerCompression(2, Activation.Identity, 4, 1, 1)], result.Layers);
        foreach (var x in TestNetworks.Inputs(61, 100, 2, -5, 5))
            Assert.Equal(network.Evaluate(x)[0], result.Compressed.Evaluate(x)[0], 9);
    }

    [Fact]
    public void Keeps_every_neuron_of_a_generic_network_at_zero()
    {
        var network = TestNetworks.Random(62, Activation.Tanh, 3, 10, 8, 2);
        var calibration = TestNetworks.Inputs(63, 300, 3);

        var result = CalibratedAfdeCompressor.Compress(network, 0, calibration);

        Assert.Equal(network.ParameterCount, result.Compressed.ParameterCount);
        foreach (var x in calibration.Take(20))
        {
            double[] a = network.Evaluate(x), b = result.Compressed.Evaluate(x);
            for (int k = 0; k < a.Length; k++) Assert.Equal(a[k], b[k], 9);
        }
    }

    [Fact]
    public void Is_blind_to_the_units_of_the_input_features()
    {
        // The same model fed feature 0 in units 1000 times smaller: weights scale up, data scales down.
        var network = TestNetworks.Random(64, Activation.Relu, 3, 16, 1);
        var calibration = TestNetworks.Inputs(65, 300, 3);
        var first = network.Layers[0];
        var rescaledWeights = first.Weights.Select((w, i) => i % 3 == 0 ? w / 1000 : w).ToArray();
        var rescaled = new Network([new DenseLayer(3, 16, rescaledWeights, first.Bias, first.Activation), network.Layers[1]]);
        var rescaledCalibration = calibration.Select(x => new[] { x[0] * 1000, x[1], x[2] }).ToArray();

        foreach (double epsilon in new[] { 0.05, 0.2, 0.5 })
        {
            int size = CalibratedAfdeCompressor.Compress(network, epsilon, calibration).Compressed.ParameterCount;
            int rescaledSize = CalibratedAfdeCompressor.Compress(rescaled, epsilon, rescaledCalibration).Compressed.ParameterCount;
            Assert.Equal(size, rescaledSize);
        }
    }

    [Fact]
    public void Compresses_to_a_few_neurons_at_large_tolerance_and_never_touches_the_output_layer()
    {
        var network = TestNetworks.Random(66, Activation.Sigmoid, 3, 12, 12, 2);
        var result = CalibratedAfdeCompressor.Compress(network, 100, TestNetworks.Inputs(67, 100, 3));
        Assert.True(result.Compressed.Layers[0].OutputCount <= 1 && result.Compressed.Layers[1].OutputCount <= 1);
        Assert.Equal(2, result.Compressed.OutputCount);
    }

    [Fact]
    public void Rejects_calibration_of_the_wrong_width()
    {
        var network = TestNetworks.Random(68, Activation.Tanh, 3, 4, 1);
        Assert.Throws<ArgumentException>(() => CalibratedAfdeCompressor.Compress(network, 0.1, [[1, 2]]));
    }
}
