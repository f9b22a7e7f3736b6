using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Tests.Pruning;

public class InputFrameTests
{
    [Fact]
    public void Standardized_network_computes_the_same_function_of_standardized_inputs()
    {
        var network = TestNetworks.Random(6, Activation.Sigmoid, 3, 4, 2);
        var samples = TestNetworks.Inputs(7, 30, 3, -50, 400);
        var frame = InputFrame.FromSamples(samples);
        var standardized = frame.ToStandardized(network);
        var back = frame.FromStandardized(standardized);

        foreach (var x in samples)
        {
            double[] expected = network.Evaluate(x);
            double[] viaFrame = standardized.Evaluate(frame.Standardize(x));
            double[] roundTrip = back.Evaluate(x);
            for (int i = 0; i < expected.Length; i++)
            {
                Assert.Equal(expected[i], viaFrame[i], 9);
                Assert.Equal(expected[i], roundTrip[i], 9);
            }
        }
    }

    [Fact]
    public void Mean_and_scale_are_the_population_moments()
    {
        var frame = InputFrame.FromSamples([[1, 5], [3, 5]]);
        Assert.Equal([2, 5], frame.Mean);
        Assert.Equal([1, 1], frame.Scale); // the constant feature gets scale 1
    }
}
