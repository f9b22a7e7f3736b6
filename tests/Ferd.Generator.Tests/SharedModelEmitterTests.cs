using Ferd.Emit;
using Ferd.Evaluation;
using Ferd.Onnx;

namespace Ferd.Generator.Tests;

/// <summary>The emitter on the real imported networks: float code against the double-precision IR.</summary>
public class SharedModelEmitterTests
{
    public static TheoryData<string, ForwardPath> ModelsAndPaths()
    {
        var data = new TheoryData<string, ForwardPath>();
        foreach (var model in SharedFiles.ModelNames)
        {
            foreach (var path in Enum.GetValues<ForwardPath>()) data.Add(model, path);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndPaths))]
    public void Generated_code_reproduces_the_imported_network(string model, ForwardPath path)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(SharedFiles.Model(model)));
        var source = CSharpEmitter.Emit(TestNetworks.Uncompressed(network), EmitterTests.Target);
        var predict = GeneratedAssembly.Predict(GeneratedAssembly.Compile(path, source).GetType("Ferd.Tests.Generated.Net")!);
        var output = new float[network.OutputCount];

        foreach (var row in CsvTable.Load(SharedFiles.Reference(model)).Inputs(network.InputCount))
        {
            var input = row.Select(x => (float)x).ToArray();
            predict(input, output);
            var expected = network.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < expected.Length; k++)
                Assert.True(Math.Abs(output[k] - expected[k]) <= 1e-5 * Math.Max(1, Math.Abs(expected[k])), $"{model} output {k}: {output[k]} vs {expected[k]}");
        }
    }
}
