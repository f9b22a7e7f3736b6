using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

public class OnnxWriterTests
{
    public static TheoryData<string> Names() => TestData.FloatNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Written_model_imports_to_the_same_function(string name)
    {
        var network = NetworkImporter.Import(ModelFixtures.ModelBytes(name));
        var reread = NetworkImporter.Import(OnnxWriter.Write(network));
        Assert.Equal(network.Layers.Select(l => (l.InputCount, l.OutputCount, l.Activation)),
            reread.Layers.Select(l => (l.InputCount, l.OutputCount, l.Activation)));
        var inputs = ReferenceRows.For(name).Inputs;
        foreach (var x in inputs)
            Tolerance.AssertClose(network.Evaluate(x), reread.Evaluate(x), 1e-5, 1e-5, name);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Interpreter_runs_the_written_model_like_the_network(string name)
    {
        var network = NetworkImporter.Import(ModelFixtures.ModelBytes(name));
        var written = OnnxModelReader.Read(OnnxWriter.Write(network));
        var inputs = ReferenceRows.For(name).Inputs;
        var outputs = new OnnxInterpreter(written).Run(inputs.Select(ModelImportTests.ToFloats).ToList());
        for (int r = 0; r < inputs.Length; r++)
        {
            var expected = network.Evaluate(ModelImportTests.ToFloats(inputs[r]).Select(v => (double)v).ToArray());
            Tolerance.AssertClose(expected, outputs[r].Select(v => (double)v).ToArray(), 1e-4, 1e-5, $"{name} row {r}");
        }
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Onnx_runtime_runs_the_written_model_like_the_network(string name)
    {
        var network = NetworkImporter.Import(ModelFixtures.ModelBytes(name));
        var inputs = ReferenceRows.For(name).Inputs;
        var outputs = OnnxRuntimeReference.Run(OnnxWriter.Write(network), inputs);
        for (int r = 0; r < inputs.Length; r++)
        {
            var expected = network.Evaluate(ModelImportTests.ToFloats(inputs[r]).Select(v => (double)v).ToArray());
            Tolerance.AssertClose(expected, outputs[r], 1e-4, 1e-5, $"{name} row {r}");
        }
    }

    public static TheoryData<Activation> TableActivations() => [.. ActivationTable.Samples];

    [Theory]
    [MemberData(nameof(TableActivations))]
    public void Onnx_runtime_runs_every_table_activation_as_written(Activation activation)
    {
        // Inputs out to ±8 drive the hidden pre-activations well into both tails.
        var network = TestNetworks.Random(23, activation, 3, 8, 2);
        var random = new Random(5);
        var inputs = Enumerable.Range(0, 64).Select(_ => Enumerable.Range(0, 3).Select(_ => (double)(float)(random.NextDouble() * 16 - 8)).ToArray()).ToArray();
        var outputs = OnnxRuntimeReference.Run(OnnxWriter.Write(network), inputs);
        for (int r = 0; r < inputs.Length; r++)
            Tolerance.AssertClose(network.Evaluate(inputs[r]), outputs[r], 1e-5, 1e-5, $"{activation} row {r}");
    }

    [Fact]
    public void Header_graph_and_names_follow_the_contract()
    {
        var network = SmallNetwork();
        var model = OnnxModelReader.Read(OnnxWriter.Write(network));
        Assert.Equal(8, model.IrVersion);
        Assert.Equal(13, model.OpsetVersion);
        Assert.Equal("Ferd", model.ProducerName);
        var input = Assert.Single(model.Graph.Inputs);
        Assert.Equal("features", input.Name);
        Assert.NotNull(input.Shape![0].Param);
        Assert.Equal(3, input.Shape[1].Value);
        var output = Assert.Single(model.Graph.Outputs);
        Assert.Equal("prediction", output.Name);
        Assert.Equal(1, output.Shape![1].Value);
        Assert.Equal(["Gemm", "LeakyRelu", "Gemm", "Sigmoid", "Gemm"], model.Graph.Nodes.Select(n => n.OpType));
        Assert.All(model.Graph.Nodes.Where(n => n.OpType == "Gemm"), n => Assert.Equal(1, n.Int("transB", 0)));
        Assert.Equal(0.3f, model.Graph.Nodes[1].Float("alpha", 0));
        Assert.Equal("prediction", model.Graph.Nodes[^1].Outputs[0]);
    }

    [Fact]
    public void Round_trip_keeps_activations_slopes_and_float_weights()
    {
        var network = SmallNetwork();
        var reread = NetworkImporter.Import(OnnxWriter.Write(network));
        Assert.Equal(network.InputName, reread.InputName);
        Assert.Equal(network.OutputName, reread.OutputName);
        for (int l = 0; l < network.Layers.Count; l++)
        {
            // Parameters are written as float32, as the activation's name shows them.
            Assert.Equal(network.Layers[l].Activation.Name, reread.Layers[l].Activation.Name);
            Assert.Equal(network.Layers[l].Weights.Select(w => (double)(float)w), reread.Layers[l].Weights);
            Assert.Equal(network.Layers[l].Bias.Select(b => (double)(float)b), reread.Layers[l].Bias);
        }
    }

    [Fact]
    public void Zero_neuron_layers_are_rejected()
    {
        var empty = new DenseLayer(3, 0, [], [], Activation.Relu);
        var output = new DenseLayer(0, 1, [], [0.5], Activation.Identity);
        var error = Assert.Throws<ArgumentException>(() => OnnxWriter.Write(new Network([empty, output])));
        Assert.Contains("Layer 0 has 3 inputs and 0 neurons", error.Message);
    }

    private static Network SmallNetwork()
    {
        var random = new Random(7);
        double[] Values(int n) => Enumerable.Range(0, n).Select(_ => random.NextDouble() * 2 - 1).ToArray();
        return new Network(
            [
                new DenseLayer(3, 4, Values(12), Values(4), Activation.LeakyRelu(0.3)),
                new DenseLayer(4, 2, Values(8), Values(2), Activation.Sigmoid),
                new DenseLayer(2, 1, Values(2), Values(1), Activation.Identity),
            ],
            "features", "prediction");
    }
}
