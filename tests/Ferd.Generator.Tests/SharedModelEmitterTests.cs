using Ferd.Emit;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>The emitter on the real imported networks: float code against the double-precision IR.</summary>
public class SharedModelEmitterTests
{
    public static TheoryData<string, ForwardPath> ModelsAndPaths()
    {
        var data = new TheoryData<string, ForwardPath>();
        foreach (var model in TestData.ModelNames)
        {
            foreach (var path in Enum.GetValues<ForwardPath>()) data.Add(model, path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndPaths))]
    public void Generated_code_reproduces_the_imported_network(string model, ForwardPath path)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model)));
        var source = CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target);
        var predict = GeneratedAssembly.Predict(GeneratedAssembly.Compile(path, source).GetType("Ferd.Tests.Generated.Net")!);
        var output = new float[network.OutputCount];

        var reference = ReferenceRows.For(model);
        foreach (var input in reference.FloatInputs)
        {
            predict(input, output);
            var expected = network.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                // Float sums that cancel (lorenz's dx/dt near 0) keep the rounding of the column's scale.
                double allowed = Math.Max(1e-5 * Math.Max(1, Math.Abs(expected[k])), 1e-6 * reference.ColumnScale(k));
                Assert.True(Math.Abs(output[k] - expected[k]) <= allowed, $"{model} output {k}: {output[k]} vs {expected[k]}");
            }
        }
    }
}
