using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Tests.Quality;

public class RefitTests
{
    [Theory]
    [InlineData("tanh")]
    [InlineData("relu")]
    [InlineData("sigmoid")]
    public void Brings_a_perturbed_network_back_towards_the_original_on_held_out_data(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        var original = TestNetworks.Random(10, activation, 3, 8, 8, 2);
        var damaged = TestNetworks.Perturbed(original, 11, 0.3);
        var calibration = TestNetworks.Inputs(12, 400, 3);
        var test = TestNetworks.Inputs(13, 200, 3);
        double[][] truth = test.Select(x => original.Evaluate(x)).ToArray();

        var refit = Refit.Fit(original, damaged, calibration);

        double before = Rmse.Of(damaged, test, truth), after = Rmse.Of(refit, test, truth);
        Assert.True(after < 0.2 * before, $"RMSE {before} → {after}");
    }

    [Fact]
    public void Fitting_only_the_output_layer_recovers_it_exactly_when_the_hidden_layers_are_right()
    {
        var original = TestNetworks.Random(14, Activation.Tanh, 3, 6, 2);
        var layers = original.Layers.ToArray();
        layers[1] = new DenseLayer(6, 2, new double[12], [5, -5], Activation.Identity);
        var wrongOutput = new Network(layers);
        var calibration = TestNetworks.Inputs(15, 100, 3);

        var refit = Refit.Fit(original, wrongOutput, calibration, new RefitOptions { HiddenLayers = false, Ridge = 1e-12 });

        for (int i = 0; i < 12; i++) Assert.Equal(original.Layers[1].Weights[i], refit.Layers[1].Weights[i], 6);
        Assert.Equal(original.Layers[0].Weights, refit.Layers[0].Weights);
    }

    [Fact]
    public void Never_returns_a_network_worse_on_the_calibration_data_than_it_was_given()
    {
        var original = TestNetworks.Random(16, Activation.Relu, 2, 5, 1);
        var calibration = TestNetworks.Inputs(17, 3, 2); // fewer samples than weights: the fit is underdetermined
        double[][] truth = calibration.Select(x => original.Evaluate(x)).ToArray();

        var refit = Refit.Fit(original, original, calibration);

        Assert.True(Rmse.Of(refit, calibration, truth) <= 1e-9);
    }

    [Fact]
    public void Rejects_networks_of_different_shape()
    {
        var a = TestNetworks.Random(18, Activation.Relu, 2, 5, 1);
        var b = TestNetworks.Random(18, Activation.Relu, 2, 5, 2);
        Assert.Throws<ArgumentException>(() => Refit.Fit(a, b, TestNetworks.Inputs(1, 5, 2)));
    }
}
