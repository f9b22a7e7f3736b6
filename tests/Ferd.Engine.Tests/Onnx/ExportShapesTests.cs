using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>
/// The networks PyTorch users export (tests/data/models/shapes): those Ferd compiles reproduce ONNX
/// Runtime on their input rows; the rest are refused with a message naming what is not compiled.
/// </summary>
public class ExportShapesTests
{
    /// <summary>Shapes that import today, with the activation their hidden layers must carry.</summary>
    public static TheoryData<string, string> Compiled() => new()
    {
        { "mlp_relu", "relu" },
        { "mlp_tanh", "tanh" },
        { "mlp_sigmoid", "sigmoid" },
        { "mlp_leakyrelu", "leakyrelu" },
        { "binary_sigmoid_output", "relu" },
        { "batchnorm_hidden", "relu" },
        { "batchnorm_input", "relu" },
        { "hardtanh", "clip" },
        { "relu6", "clip" },
        { "hardsigmoid", "hardsigmoid" },
        { "hardswish", "hardswish" },
        { "dropout", "relu" },
        { "normalized_io", "tanh" },
        { "classifier_softmax", "relu" },
        { "classifier_logsoftmax", "relu" },
        { "classifier_argmax", "relu" },
        { "silu", "swish" },
        { "gelu_erf", "gelu" },
        { "gelu_tanh", "gelutanh" },
        { "elu", "elu" },
        { "elu_alpha", "elu" },
        { "selu", "selu" },
        { "softplus", "softplus" },
        { "mish", "mish" },
        { "flatten_3x4", "relu" },
        { "two_inputs_cat", "relu" },
        { "input_clip", "swish" },
    };

    /// <summary>Shapes refused, with a word the one-line reason must contain.</summary>
    public static TheoryData<string, string> Refused() => new()
    {
        { "unsupported_conv1d", "Conv" },
        { "unsupported_lstm", "LSTM" },
        { "unsupported_gru", "GRU" },
        { "unsupported_attention", "Shape" },
        { "unsupported_residual", "consumers" },
        { "two_heads", "Output = " },
    };

    [Theory]
    [MemberData(nameof(Compiled))]
    public void Imported_network_reproduces_onnx_runtime(string name, string hidden)
    {
        string path = ShapePath(name);
        var network = NetworkImporter.Import(File.ReadAllBytes(path));
        Assert.Equal(hidden, network.Layers[0].Activation.Kind);
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "shapes", name + ".inputs.csv")).Rows;
        var expected = OnnxRuntimeReference.Run(path, rows);
        double scale = expected.SelectMany(r => r).Max(Math.Abs) + 1;
        for (int r = 0; r < rows.Length; r++)
        {
            var actual = network.Evaluate(rows[r]);
            Assert.Equal(expected[r].Length, actual.Length);
            for (int k = 0; k < actual.Length; k++)
                Assert.True(Math.Abs(actual[k] - expected[r][k]) <= 1e-5 * scale, $"{name} row {r} output {k}: {actual[k]} vs ONNX Runtime {expected[r][k]}");
        }
    }

    [Theory]
    [MemberData(nameof(Compiled))]
    public void Compressed_network_written_as_onnx_runs_in_onnx_runtime_with_ferds_outputs(string name, string hidden)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(ShapePath(name)));
        Assert.Equal(hidden, network.Layers[0].Activation.Kind);
        var compressed = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3 }).Compressed;
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "shapes", name + ".inputs.csv")).Rows;
        var written = OnnxRuntimeReference.Run(OnnxWriter.Write(compressed), rows);
        for (int r = 0; r < rows.Length; r++)
        {
            var expected = compressed.Evaluate(rows[r].Select(v => (double)(float)v).ToArray());
            for (int k = 0; k < expected.Length; k++)
                Assert.True(Math.Abs(written[r][k] - expected[k]) <= 1e-5 * (Math.Abs(expected[k]) + 1), $"{name} row {r} output {k}: ONNX Runtime {written[r][k]} vs Ferd {expected[k]}");
        }
    }

    [Theory]
    [InlineData("value", 1)]
    [InlineData("probs", 4)]
    public void Either_head_of_a_two_headed_network_compiles_when_chosen(string output, int width)
    {
        string path = ShapePath("two_heads");
        var network = NetworkImporter.Import(File.ReadAllBytes(path), output);
        Assert.Equal(width, network.OutputCount);
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "shapes", "two_heads.inputs.csv")).Rows;
        var expected = OnnxRuntimeReference.Run(path, rows, output);
        for (int r = 0; r < rows.Length; r++)
        {
            var actual = network.Evaluate(rows[r]);
            for (int k = 0; k < width; k++) Assert.Equal(expected[r][k], actual[k], 1e-5 * (Math.Abs(expected[r][k]) + 1));
        }
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_network_names_what_is_not_compiled(string name, string reason)
    {
        var error = Assert.Throws<ModelException>(() => NetworkImporter.Import(File.ReadAllBytes(ShapePath(name))));
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Every_shape_in_the_corpus_is_checked()
    {
        var listed = Directory.GetFiles(Path.Combine(TestData.Models, "shapes"), "*.onnx").Select(f => Path.GetFileNameWithoutExtension(f)!).ToHashSet();
        var checkedNames = Compiled().Select(d => (string)d[0]).Concat(Refused().Select(d => (string)d[0])).ToHashSet();
        Assert.Equal(listed.OrderBy(n => n), checkedNames.OrderBy(n => n));
    }

    private static string ShapePath(string name) => Path.Combine(TestData.Models, "shapes", name + ".onnx");
}
