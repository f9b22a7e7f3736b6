using FsCheck;
using FsCheck.Fluent;
using Ferd.Networks;
using Ferd.Pruning;

namespace Ferd.Tests.Pruning;

/// <summary>Both baselines on random networks: exact size, weights only zeroed (never changed), biases kept.</summary>
public class PruningPropertyTests
{
    private static bool OnlyZeroes(Network original, Network pruned) =>
        original.Layers.Zip(pruned.Layers).All(p =>
            p.First.Bias.SequenceEqual(p.Second.Bias) &&
            p.First.Weights.Zip(p.Second.Weights).All(w => w.Second == 0 || Math.Abs(w.Second - w.First) <= 1e-12 * (1 + Math.Abs(w.First))));

    [Fact]
    public void Pruned_networks_have_the_requested_size_and_only_lose_weights()
    {
        var cases =
            from seed in Gen.Choose(0, int.MaxValue)
            from hidden in Gen.Choose(1, 10)
            from inputs in Gen.Choose(1, 6)
            from fraction in Gen.Choose(0, 1000)
            select (seed, hidden, inputs, fraction / 1000.0);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var network = TestNetworks.Random(c.seed, Activation.Tanh, c.inputs, c.hidden, c.hidden, 2);
            int biases = network.Layers.Sum(l => l.OutputCount);
            int target = biases + (int)Math.Round(c.Item4 * (network.ParameterCount - biases));
            var calibration = TestNetworks.Inputs(c.seed, 16, c.inputs, -5, 5);
            var frame = InputFrame.FromSamples(calibration);
            var magnitude = MagnitudePruner.Prune(network, target);
            var wanda = WandaPruner.Prune(network, target, calibration);
            var framed = WandaPruner.Prune(network, target, calibration, frame);
            return ParameterCount.Nonzero(magnitude) == target && ParameterCount.Nonzero(wanda) == target && ParameterCount.Nonzero(framed) == target
                && OnlyZeroes(network, magnitude) && OnlyZeroes(network, wanda)
                && OnlyZeroes(network, new Network(framed.Layers.Skip(1).Prepend(network.Layers[0]).ToArray())); // the frame moves first-layer biases
        }).QuickCheckThrowOnFailure();
    }
}
