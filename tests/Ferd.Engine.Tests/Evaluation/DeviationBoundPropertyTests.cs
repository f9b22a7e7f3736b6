using Ferd.Compiling;
using FsCheck;
using FsCheck.Fluent;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Evaluation;

/// <summary>Soundness of the certified bound on random networks and on real compressed models.</summary>
public class DeviationBoundPropertyTests
{
    private static readonly Activation[] Activations = [Activation.Identity, Activation.Relu, Activation.LeakyRelu(0.01), Activation.Tanh, Activation.Sigmoid];

    private static double WorstDeviation(Network f, Network g, IEnumerable<double[]> points) =>
        points.Max(x => f.Evaluate(x).Zip(g.Evaluate(x), (a, b) => Math.Abs(a - b)).Max());

    [Fact]
    public void Random_pairs_never_deviate_more_than_the_bound()
    {
        var cases =
            from seed in Gen.Choose(0, int.MaxValue)
            from activation in Gen.Elements(Activations)
            from width in Gen.Choose(1, 12)
            from depth in Gen.Choose(1, 3)
            from inputs in Gen.Choose(1, 4)
            from noise in Gen.Elements(1e-6, 1e-3, 0.1, 1.0)
            from refinements in Gen.Elements(0, 16)
            select (seed, activation, width, depth, inputs, noise, refinements);
        Prop.ForAll(cases.ToArbitrary(), c =>
        {
            int[] sizes = [c.inputs, .. Enumerable.Repeat(c.width, c.depth), 2];
            var original = TestNetworks.Random(c.seed, c.activation, sizes);
            var other = TestNetworks.Perturbed(original, c.seed ^ 0x5bd1, c.noise);
            var random = new Random(c.seed);
            double[] lo = Enumerable.Range(0, c.inputs).Select(_ => -3 * random.NextDouble()).ToArray();
            double[] hi = lo.Select(l => l + 4 * random.NextDouble()).ToArray();
            var box = new InputBox(lo, hi);
            var points = Enumerable.Range(0, 200).Select(_ => lo.Select((l, j) => l + (hi[j] - l) * random.NextDouble()).ToArray());
            return WorstDeviation(original, other, points) <= DeviationBound.Max(original, other, box, c.refinements);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Bounds_the_deviation_of_a_shared_model_compressed_to_about_half(string name)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name)));
        var compressed = new EpsilonSearch().ForParameters(network, network.ParameterCount / 2).Compressed;
        var train = CsvTable.Load(TestData.Dataset(name, "train")).Inputs(network.InputCount);
        var test = CsvTable.Load(TestData.Dataset(name, "test")).Inputs(network.InputCount);
        var box = InputBox.FromSamples(train);

        double bound = DeviationBound.Max(network, compressed, box);
        double observed = WorstDeviation(network, compressed, train.Concat(test.Where(x => x.Select((v, j) => v >= box.Lo[j] && v <= box.Hi[j]).All(b => b))));

        Assert.True(observed <= bound, $"observed {observed} > bound {bound}");
        Assert.True(double.IsFinite(bound) && bound < 1e4, $"bound {bound}");
    }
}
