using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>Vectorize = false: one plain scalar, fully unrolled pass on every target, computing what the vector passes compute.</summary>
public class ScalarPassTests
{
    private static readonly EmitTarget ScalarTarget = EmitterTests.Target with { Vectorize = false };

    public static TheoryData<string, ForwardPath> ModelsAndPaths()
    {
        var data = new TheoryData<string, ForwardPath>();
        foreach (var model in TestData.ModelNames)
            foreach (var path in Enum.GetValues<ForwardPath>()) data.Add(model, path);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndPaths))]
    public void Scalar_pass_reproduces_the_network_alone_and_in_a_batch(string model, ForwardPath path)
    {
        var result = DataFreeCompressor.Compress(NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model))), 0.3);
        var network = result.Compressed;
        var type = GeneratedAssembly.Compile(path, CSharpEmitter.Emit(result, ScalarTarget)).GetType("Ferd.Tests.Generated.Net")!;
        var predict = GeneratedAssembly.Predict(type);
        var reference = ReferenceRows.For(model);
        var inputs = reference.FloatInputs;
        var batch = new float[inputs.Length * network.OutputCount];
        GeneratedAssembly.PredictBatch(type)(inputs.SelectMany(row => row).ToArray(), batch);
        var output = new float[network.OutputCount];
        for (int r = 0; r < inputs.Length; r++)
        {
            predict(inputs[r], output);
            var expected = network.Evaluate(inputs[r].Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                Assert.True(Math.Abs(output[k] - expected[k]) <= reference.Tolerance(k, expected[k]), $"{model} row {r}, output {k}: {output[k]} vs {expected[k]}");
                Assert.Equal(output[k], batch[r * network.OutputCount + k]);
            }
        }
    }

    [Fact]
    public void Scalar_pass_has_no_vectors_tables_or_target_switch_and_says_so()
    {
        var network = TestNetworks.Random(5, Activation.Tanh, 20, 40, 1);
        string source = CSharpEmitter.Emit(TestNetworks.Uncompressed(network), ScalarTarget);
        Assert.Contains("// forward pass: scalar, every layer unrolled", source);
        Assert.DoesNotContain("#if NET8_0_OR_GREATER\n    internal", source);
        string pass = source.Substring(source.IndexOf("internal static class", StringComparison.Ordinal));
        Assert.DoesNotContain("Vector", pass);
        Assert.DoesNotContain("static readonly float[]", pass);
        Assert.DoesNotContain("#if", pass);
        // The 40-neuron layer of 20 inputs, tabled in the vector passes, is unrolled: each neuron's
        // sum inline, its tanh by the scalar kernel.
        Assert.Contains("FerdMath.Tanh(z)", pass);
    }

    [Fact]
    public void The_attribute_option_reaches_the_emitter()
    {
        var result = OptionsFixture.Run("Vectorize = false", out var output);
        string generated = OptionsFixture.Generated(result, output);
        Assert.Contains("(Vectorize = false)", generated);
        Assert.DoesNotContain("Vector256", generated);
    }
}
