using Ferd.Onnx;
using CliRunner = Ferd.Tests.Cli;

namespace Ferd.Robustness.Tests;

/// <summary>Models the fuzz corpus found that made the CLI throw instead of answering in one line.</summary>
public class CliRegressionTests
{
    [Fact]
    public void Compress_refuses_in_one_line_when_a_layer_keeps_no_neurons()
    {
        // With the output weights zero no hidden neuron affects the output: every hidden layer lumps away, the first is named.
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model("energy_relu")));
        Array.Clear(network.Layers[^1].Weights);
        using var folder = new TempDirectory();
        string model = folder.File("dead.onnx"), compressed = folder.File("dead.compressed.onnx");
        File.WriteAllBytes(model, OnnxWriter.Write(network));

        var result = CliRunner.Run("compress", model, "--epsilon", "0.1", "--output", compressed);

        CliRunner.AssertUserError(result, "layer 1 keeps no neurons");
        Assert.False(File.Exists(compressed));
    }
}
