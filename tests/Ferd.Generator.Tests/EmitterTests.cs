using System.Globalization;
using Ferd.Emit;
using Ferd.Networks;

namespace Ferd.Generator.Tests;

public class EmitterTests
{
    private const double Tolerance = 1e-5;

    public static TheoryData<Activation, int[], ForwardPath> Shapes()
    {
        var data = new TheoryData<Activation, int[], ForwardPath>();
        foreach (var path in Enum.GetValues<ForwardPath>())
        {
            foreach (var activation in ActivationTable.Samples)
            {
                data.Add(activation, [3, 5, 4, 2], path);      // narrow layers
                data.Add(activation, [20, 40, 33, 1], path);   // wide layers, vectors with a tail
                data.Add(activation, [3, 0, 2], path);         // every hidden neuron lumped away: constant output
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Generated_code_reproduces_the_network(Activation activation, int[] sizes, ForwardPath path)
    {
        var network = TestNetworks.Random(17, activation, sizes);
        var type = CompileClass(network, path);
        var predict = GeneratedAssembly.Predict(type);
        var output = new float[network.OutputCount];

        for (int sample = 0; sample < 50; sample++)
        {
            var input = TestNetworks.Inputs(sample, network.InputCount);
            predict(input, output);
            var expected = network.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
                Assert.True(Math.Abs(output[k] - expected[k]) <= Tolerance * Math.Max(1, Math.Abs(expected[k])), $"output {k}: {output[k]} vs {expected[k]}");
        }
    }

    [Theory]
    [InlineData("tanh", ForwardPath.Net8)]
    [InlineData("sigmoid", ForwardPath.Net8)]
    [InlineData("sigmoid", ForwardPath.Portable)]
    [InlineData("tanh", ForwardPath.Portable)]
    public void Infinite_input_saturates_as_the_network_does(string kind, ForwardPath path)
    {
        var activation = ActivationTable.Sample(kind);
        // 12 neurons fill a vector and a half; the last layer reads the padded buffer whole, so
        // the padding lanes, zero weights times an infinite input, must not turn into NaN.
        var network = TestNetworks.Random(5, activation, 2, 12, 1);
        var type = CompileClass(network, path);
        var output = new float[1];
        foreach (float infinity in new[] { float.PositiveInfinity, float.NegativeInfinity })
        {
            GeneratedAssembly.Predict(type)(new[] { infinity, 0.5f }, output);
            double expected = network.Evaluate([infinity, 0.5])[0];
            Assert.False(double.IsNaN(expected));
            Assert.True(Math.Abs(output[0] - expected) <= Tolerance * Math.Max(1, Math.Abs(expected)), $"{output[0]} vs {expected}");
        }
    }

    // A 24-neuron layer lets a batch run four rows per pass, a 56-neuron layer two; seven rows
    // leave a remainder either way.
    public static TheoryData<ForwardPath, int> PathsAndWidths() => new()
    {
        { ForwardPath.Net8, 24 }, { ForwardPath.Net8, 56 }, { ForwardPath.Portable, 24 },
    };

    [Theory]
    [MemberData(nameof(PathsAndWidths))]
    public void Batch_and_single_output_overloads_agree_with_predict(ForwardPath path, int width)
    {
        var network = TestNetworks.Random(3, Activation.Tanh, 20, width, 1);
        var type = CompileClass(network, path);
        var inputs = TestNetworks.Inputs(5, 7 * network.InputCount);
        var batch = new float[7];
        GeneratedAssembly.PredictBatch(type)(inputs, batch);

        var single = GeneratedAssembly.PredictSingle(type)!;
        var one = new float[1];
        for (int row = 0; row < 7; row++)
        {
            var input = inputs.AsSpan(row * network.InputCount, network.InputCount);
            GeneratedAssembly.Predict(type)(input, one);
            Assert.Equal(one[0], batch[row]);
            Assert.Equal(one[0], single(input));
        }
    }

    [Fact]
    public void Single_output_overload_exists_only_for_one_output()
    {
        var type = CompileClass(TestNetworks.Random(3, Activation.Relu, 4, 6, 2));
        Assert.Null(GeneratedAssembly.PredictSingle(type));
    }

    [Fact]
    public void Constants_report_sizes_before_and_after_compression()
    {
        var original = TestNetworks.Random(1, Activation.Tanh, 4, 6, 2);
        var compressed = TestNetworks.Random(2, Activation.Tanh, 4, 3, 2);
        var result = new Ferd.Lumping.CompressionResult(original, compressed, 0.1,
            [new(1, Activation.Tanh, 4, 6, 3), new(2, Activation.Identity, 6, 2, 2)]);
        var type = Load(GeneratedAssembly.Compile(CSharpEmitter.Emit(result, Target)));
        Assert.Equal(4, GeneratedAssembly.Constant(type, "InputCount"));
        Assert.Equal(2, GeneratedAssembly.Constant(type, "OutputCount"));
        Assert.Equal(compressed.ParameterCount, GeneratedAssembly.Constant(type, "ParameterCount"));
        Assert.Equal(original.ParameterCount, GeneratedAssembly.Constant(type, "OriginalParameterCount"));
    }

    [Theory]
    [InlineData("Predict", 3, 2, "Expected 4 input values")]
    [InlineData("Predict", 4, 3, "Expected 2 output values")]
    [InlineData("PredictBatch", 9, 4, "Expected a multiple of 4 input values")]
    [InlineData("PredictBatch", 8, 3, "Expected 4 output values")]
    public void Wrong_lengths_throw_naming_the_expected_length(string method, int inputLength, int outputLength, string message)
    {
        var type = CompileClass(TestNetworks.Random(1, Activation.Tanh, 4, 6, 2));
        var run = method == "Predict" ? GeneratedAssembly.Predict(type) : GeneratedAssembly.PredictBatch(type);
        var error = Assert.Throws<ArgumentException>(() => run(new float[inputLength], new float[outputLength]));
        Assert.Contains(message, error.Message);
    }

    [Theory]
    [MemberData(nameof(GeneratedAssembly.Paths), MemberType = typeof(GeneratedAssembly))]
    public void Predict_does_not_allocate(ForwardPath path)
    {
        var network = TestNetworks.Random(4, Activation.Sigmoid, 20, 40, 33, 1);
        var type = CompileClass(network, path);
        // Warm up past tiered compilation's call counting, which allocates on the calling thread
        // when a method reaches its count: what is measured is the calls, not the runtime's JIT.
        Assert.Equal(0, Allocations.OfPredictCalls(type, network.InputCount, rows: 27, repeats: 1000));
    }

    [Fact]
    public void Nested_generic_and_global_namespace_targets_compile()
    {
        var network = TestNetworks.Random(6, Activation.LeakyRelu(0.125), 3, 4, 1);
        var target = new EmitTarget(null, "Model", false, "internal", [new ContainingType("class", "Outer<T>"), new ContainingType("struct", "Inner")]);
        var assembly = GeneratedAssembly.Compile(
            "partial class Outer<T> { partial struct Inner { internal partial class Model { } } }",
            CSharpEmitter.Emit(TestNetworks.Uncompressed(network), target));
        var type = assembly.GetType("Outer`1+Inner+Model")!.MakeGenericType(typeof(int));
        Assert.Equal(3, GeneratedAssembly.Constant(type, "InputCount"));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("de-DE")]
    [InlineData("ar-SA")]
    public void Output_is_the_same_in_every_culture(string culture)
    {
        var result = TestNetworks.Uncompressed(TestNetworks.Random(8, Activation.LeakyRelu(0.125), 20, 40, 2), 0.125);
        string invariant = WithCulture(CultureInfo.InvariantCulture, () => CSharpEmitter.Emit(result, Target));
        string local = WithCulture(new CultureInfo(culture), () => CSharpEmitter.Emit(result, Target));
        Assert.Equal(invariant, local);
    }

    [Fact]
    public void Generated_code_reads_as_expected()
    {
        var network = TestNetworks.Random(42, Activation.Tanh, 2, 3, 1);
        Snapshot.Verify(CSharpEmitter.Emit(TestNetworks.Uncompressed(network, 0.05), Target with { ModelPath = "tiny.onnx" }), "EmitterTests.Tiny", "cs");
    }

    internal static readonly EmitTarget Target = new("Ferd.Tests.Generated", "Net");

    private static Type CompileClass(Network network, ForwardPath path = ForwardPath.Portable) =>
        Load(GeneratedAssembly.Compile(path, CSharpEmitter.Emit(TestNetworks.Uncompressed(network), Target)));

    private static Type Load(System.Reflection.Assembly assembly) => assembly.GetType("Ferd.Tests.Generated.Net")!;

    private static T WithCulture<T>(CultureInfo culture, Func<T> action)
    {
        var saved = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = culture;
        try { return action(); }
        finally { CultureInfo.CurrentCulture = saved; }
    }
}
