using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>The PyTorch exports: interpreter against ONNX Runtime, IR against interpreter.</summary>
public class ModelImportTests
{
    public static TheoryData<string> Names() => TestData.AllNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Interpreter_reproduces_onnx_runtime(string name)
    {
        var model = ModelFixtures.Model(name);
        var (inputs, expected) = ReferenceRows.For(name);
        var actual = new OnnxInterpreter(model).Run(inputs.Select(ToFloats).ToList());
        Assert.Equal(expected.Length, actual.Length);
        for (int r = 0; r < expected.Length; r++)
            Tolerance.AssertClose(expected[r], actual[r].Select(v => (double)v).ToArray(), 1e-4, 1e-5, $"{name} row {r}");
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Imported_network_matches_interpreter(string name)
    {
        var model = ModelFixtures.Model(name);
        var network = NetworkImporter.Import(model);
        var inputs = ReferenceRows.For(name).Inputs;
        var oracle = new OnnxInterpreter(model).Run(inputs.Select(ToFloats).ToList());
        // The interpreter sums in float32, so an output that cancels (lorenz's dx/dt near 0 among
        // terms of size 100) carries rounding of the outputs' scale, not of its own size.
        double scale = Math.Max(1, oracle.Max(row => row.Max(v => Math.Abs(v))));
        for (int r = 0; r < inputs.Length; r++)
        {
            // The interpreter sees the float32 input, so the IR gets the same values.
            double[] x = ToFloats(inputs[r]).Select(v => (double)v).ToArray();
            Tolerance.AssertClose(oracle[r].Select(v => (double)v).ToArray(), network.Evaluate(x), 1e-5, 1e-6 * scale, $"{name} row {r}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Import_keeps_names_and_folds_normalization(string name)
    {
        var model = ModelFixtures.Model(name);
        var network = NetworkImporter.Import(model);
        Assert.Equal("input", network.InputName);
        Assert.Equal("output", network.OutputName);
        int dense = model.Graph.Nodes.Count(n => n.OpType is "Gemm" or "MatMul");
        Assert.Equal(dense, network.Layers.Count);
        Assert.Equal(Activation.Identity, network.Layers[^1].Activation);
        Assert.All(network.Layers.Take(dense - 1), l => Assert.NotEqual(Activation.Identity, l.Activation));
        int weights = model.Graph.Nodes.Where(n => n.OpType is "Gemm" or "MatMul")
            .Sum(n => model.Graph.Initializers.Single(t => t.Name == n.Inputs[1]).Floats!.Length);
        Assert.Equal(weights, network.Layers.Sum(l => l.Weights.Length));
    }

    [Fact]
    public void Reader_reports_header_fields()
    {
        var model = ModelFixtures.Model("kin8nm_sigmoid");
        Assert.Equal(9, model.OpsetVersion);
        Assert.Equal("pytorch", model.ProducerName);
        Assert.False(string.IsNullOrEmpty(model.ProducerVersion));
        Assert.True(model.IrVersion >= 3);
        Assert.Equal("batch", model.Graph.Inputs[0].Shape![0].Param);
    }

    internal static float[] ToFloats(double[] row) => row.Select(v => (float)v).ToArray();
}
