using System.Collections.Concurrent;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>
/// The emitter on the real imported networks: both back ends' float code against the
/// double-precision network, and against each other, on every test model whose float forward
/// pass holds (TestData.FloatModelNames), exact and compressed.
/// </summary>
public class SharedModelEmitterTests
{
    private static readonly ConcurrentDictionary<(string, double, ForwardPath), GeneratedAssembly.PredictFunction> Compiled = new();

    public static TheoryData<string, double, ForwardPath> ModelsAndPaths()
    {
        var data = new TheoryData<string, double, ForwardPath>();
        foreach (var model in TestData.FloatModelNames)
            foreach (double epsilon in new[] { 0, 0.3 })
                foreach (var path in Enum.GetValues<ForwardPath>()) data.Add(model, epsilon, path);
        return data;
    }

    public static TheoryData<string, double> Models()
    {
        var data = new TheoryData<string, double>();
        foreach (var model in TestData.FloatModelNames)
            foreach (double epsilon in new[] { 0, 0.3 }) data.Add(model, epsilon);
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndPaths))]
    public void Generated_code_reproduces_the_network(string model, double epsilon, ForwardPath path)
    {
        var network = Network(model, epsilon).Compressed;
        var predict = Predict(model, epsilon, path);
        var output = new float[network.OutputCount];
        var reference = ReferenceRows.For(model);
        foreach (var input in reference.FloatInputs)
        {
            predict(input, output);
            var expected = network.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                // The float32 tolerance every comparison with ONNX Runtime uses (ReferenceRows.Tolerance).
                double allowed = reference.Tolerance(k, expected[k]);
                Assert.True(Math.Abs(output[k] - expected[k]) <= allowed, $"{model} at {epsilon}, {path}, output {k}: {output[k]} vs {expected[k]}");
            }
        }
    }

    /// <summary>
    /// The two back ends compute the same function from one plan: they may add the products in
    /// another order, so they agree to float rounding (docs: EmitPlan).
    /// </summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void Portable_and_net8_passes_agree(string model, double epsilon)
    {
        var network = Network(model, epsilon).Compressed;
        var portable = Predict(model, epsilon, ForwardPath.Portable);
        var net8 = Predict(model, epsilon, ForwardPath.Net8);
        float[] a = new float[network.OutputCount], b = new float[network.OutputCount];
        var reference = ReferenceRows.For(model);
        foreach (var input in reference.FloatInputs)
        {
            portable(input, a);
            net8(input, b);
            for (int k = 0; k < a.Length; k++)
            {
                double allowed = reference.Tolerance(k, a[k]);
                Assert.True(Math.Abs(a[k] - b[k]) <= allowed, $"{model} at {epsilon}, output {k}: portable {a[k]}, .NET 8 {b[k]}");
            }
        }
    }

    /// <summary>Generated code is for people to read too: no line runs past 160 characters.</summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void Generated_lines_stay_readable(string model, double epsilon)
    {
        string source = CSharpEmitter.Emit(Network(model, epsilon), EmitterTests.Target);
        var longest = source.Split('\n').MaxBy(line => line.Length)!;
        Assert.True(longest.Length <= 160, $"{model}: a line of {longest.Length} characters: {longest}");
    }

    private static CompressionResult Network(string model, double epsilon) =>
        DataFreeCompressor.Compress(NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model))), epsilon);

    private static GeneratedAssembly.PredictFunction Predict(string model, double epsilon, ForwardPath path) =>
        Compiled.GetOrAdd((model, epsilon, path), _ =>
        {
            string source = CSharpEmitter.Emit(Network(model, epsilon), EmitterTests.Target);
            return GeneratedAssembly.Predict(GeneratedAssembly.Compile(path, source).GetType("Ferd.Tests.Generated.Net")!);
        });
}
