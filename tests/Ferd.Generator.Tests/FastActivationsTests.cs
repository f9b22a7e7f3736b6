using Ferd.Emit;
using Ferd.Networks;

namespace Ferd.Generator.Tests;

/// <summary>FastActivations: the fast tanh and sigmoid kernels in place of the accurate ones, within their bound.</summary>
public class FastActivationsTests
{
    // The documented bounds of the fast kernels on each value (README, FastActivations).
    private const double TanhBound = 5e-7, SigmoidBound = 3e-7;

    // What the accurate generated code may differ from the double network by (EmitterTests).
    private const double FloatTolerance = 1e-5;

    private static readonly EmitTarget FastTarget = EmitterTests.Target with { FastActivations = true };

    public static TheoryData<Activation, int[], ForwardPath> Shapes()
    {
        var data = new TheoryData<Activation, int[], ForwardPath>();
        foreach (var path in Enum.GetValues<ForwardPath>())
        {
            foreach (var activation in new[] { Activation.Tanh, Activation.Sigmoid })
            {
                data.Add(activation, [3, 5, 4, 2], path);
                data.Add(activation, [20, 40, 33, 1], path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Fast_code_matches_the_network_within_the_propagated_bound(Activation activation, int[] sizes, ForwardPath path)
    {
        var network = TestNetworks.Random(17, activation, sizes);
        var type = GeneratedAssembly.Compile(path, CSharpEmitter.Emit(TestNetworks.Uncompressed(network), FastTarget)).GetType("Ferd.Tests.Generated.Net")!;
        var predict = GeneratedAssembly.Predict(type);
        var batch = GeneratedAssembly.PredictBatch(type);
        var output = new float[network.OutputCount];
        const int Samples = 50;
        var inputs = TestNetworks.Inputs(3, Samples * network.InputCount);
        var batchOutput = new float[Samples * network.OutputCount];
        batch(inputs, batchOutput);

        var propagated = Propagated(network, activation == Activation.Tanh ? TanhBound : SigmoidBound, activation == Activation.Tanh ? 1 : 0.25);
        for (int sample = 0; sample < Samples; sample++)
        {
            var input = inputs.AsSpan(sample * network.InputCount, network.InputCount);
            predict(input, output);
            var expected = network.Evaluate(input.ToArray().Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                double tolerance = propagated[k] + FloatTolerance * Math.Max(1, Math.Abs(expected[k]));
                Assert.True(Math.Abs(output[k] - expected[k]) <= tolerance, $"output {k}: {output[k]} vs {expected[k]}");
                Assert.True(Math.Abs(batchOutput[sample * network.OutputCount + k] - expected[k]) <= tolerance, $"batch output {k}: {batchOutput[sample * network.OutputCount + k]} vs {expected[k]}");
            }
        }
    }

    /// <summary>
    /// How far the outputs may move when every activation value is off by at most δ: e¹ = δ,
    /// eˡ = L·|Wˡ|·eˡ⁻¹ + δ with L the activation's Lipschitz constant, and |Wᴸ|·eᴸ⁻¹ at the linear output layer.
    /// </summary>
    private static double[] Propagated(Network network, double delta, double lipschitz)
    {
        double[] error = new double[network.InputCount];
        foreach (var layer in network.Layers)
        {
            bool activated = layer.Activation != Activation.Identity;
            var next = new double[layer.OutputCount];
            for (int k = 0; k < layer.OutputCount; k++)
            {
                double spread = 0;
                for (int i = 0; i < layer.InputCount; i++) spread += Math.Abs(layer.Weight(k, i)) * error[i];
                next[k] = activated ? lipschitz * spread + delta : spread;
            }
            error = next;
        }
        return error;
    }

    [Fact]
    public void The_propagated_bound_is_tight_enough_to_catch_a_kernel_off_by_a_thousandth()
    {
        // The check above is only as sharp as this bound: far below what a broken kernel would cost.
        var network = TestNetworks.Random(17, Activation.Tanh, 20, 40, 33, 1);
        Assert.True(Propagated(network, TanhBound, 1)[0] < 1e-4, $"{Propagated(network, TanhBound, 1)[0]}");
    }

    [Theory]
    [InlineData("tanh")]
    [InlineData("sigmoid")]
    public void The_option_switches_every_kernel_call_and_says_so_in_the_header(string kind)
    {
        var activation = ActivationTable.Sample(kind);
        // Wide layers take the tabled and column paths, narrow ones the unrolled paths.
        var result = TestNetworks.Uncompressed(TestNetworks.Random(5, activation, 20, 40, 3, 1));
        string accurate = CSharpEmitter.Emit(result, EmitterTests.Target);
        string fast = CSharpEmitter.Emit(result, FastTarget);

        Assert.DoesNotContain("Fast(", accurate);
        Assert.DoesNotContain("// activations: fast", accurate);
        Assert.Contains("// activations: fast (max error", fast);
        Assert.DoesNotContain($"FerdMath.{activation}(", fast);
        Assert.Equal(Occurrences(accurate, $"FerdMath.{activation}("), Occurrences(fast, $"FerdMath.{activation}Fast("));
    }

    [Fact]
    public void The_attribute_option_reaches_the_generated_code()
    {
        var result = OptionsFixture.Run("Epsilon = 0.1, FastActivations = true", out var output);
        string generated = OptionsFixture.Generated(result, output);

        Assert.Contains("FerdMath.TanhFast(", generated);
        Assert.Contains("// activations: fast", generated);
    }

    [Fact]
    public void Fast_generated_code_reads_as_expected()
    {
        var network = TestNetworks.Random(42, Activation.Tanh, 2, 3, 1);
        Snapshot.Verify(CSharpEmitter.Emit(TestNetworks.Uncompressed(network, 0.05), FastTarget with { ModelPath = "tiny.onnx" }), "FastActivationsTests.Tiny", "cs");
    }

    private static int Occurrences(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}
