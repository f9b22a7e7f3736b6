using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>
/// Unity ML-Agents policies (tests/data/models/mlagents) import as exported: the deterministic
/// actions are chosen among constant and random outputs, the observation normalizer and its clamp
/// stay in the stage, Swish is recognized, and discrete heads keep their action mask.
/// </summary>
public class MlAgentsPolicyTests
{
    [Theory]
    [InlineData("3DBall", "deterministic_continuous_actions", 8, 2)]
    [InlineData("Walker", "deterministic_continuous_actions", 243, 39)]
    [InlineData("Basic", "deterministic_discrete_actions", 23, 1)]
    [InlineData("PushBlock", "deterministic_discrete_actions", 217, 1)]
    public void Policy_reproduces_onnx_runtime_on_its_deterministic_actions(string name, string output, int inputs, int outputs)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(PolicyPath(name)));
        Assert.Equal(output, network.OutputName);
        Assert.Equal(inputs, network.InputCount);
        Assert.Equal(outputs, network.OutputCount);
        Assert.All(network.Layers.Take(network.Layers.Count - 1), l => Assert.Equal("swish", l.Activation.Kind));

        var table = CsvTable.Load(Path.Combine(TestData.Models, "mlagents", name + ".reference.csv"));
        var rows = table.Inputs(inputs);
        var expected = table.Columnset("out", outputs);
        var live = OnnxRuntimeReference.Run(PolicyPath(name), rows, output);
        bool discrete = network.Head.IsInteger;
        for (int r = 0; r < rows.Length; r++)
        {
            var actual = network.Evaluate(rows[r]);
            for (int k = 0; k < outputs; k++)
            {
                Assert.Equal(expected[r][k], live[r][k], 1e-6 * (Math.Abs(expected[r][k]) + 1));
                if (discrete) Assert.Equal(expected[r][k], actual[k]);
                else Assert.True(Math.Abs(actual[k] - expected[r][k]) <= 1e-5 * (Math.Abs(expected[r][k]) + 1), $"{name} row {r} action {k}: {actual[k]} vs {expected[r][k]}");
            }
        }
    }

    [Fact]
    public void Normalizer_clamp_stays_ahead_of_the_first_layer()
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(PolicyPath("3DBall")));
        Assert.True(network.HasStage);
        Assert.All(network.Stage.Lower, l => Assert.Equal(-5, l));
        Assert.All(network.Stage.Upper, u => Assert.Equal(5, u));
        // clip(μ, −3, 3) / 3 is one clip layer, not a layer of its own.
        Assert.Equal(3, network.Layers.Count);
        Assert.Equal("clip", network.Layers[2].Activation.Kind);
    }

    [Fact]
    public void Masked_actions_are_never_chosen()
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(PolicyPath("Basic")));
        Assert.NotNull(network.Head.Mask);
        var random = new Random(7);
        for (int trial = 0; trial < 200; trial++)
        {
            var input = Enumerable.Range(0, network.InputCount).Select(_ => random.NextDouble() * 4 - 2).ToArray();
            int allowed = random.Next(3);
            for (int k = 0; k < 3; k++) input[20 + k] = k == allowed ? 1 : 0;
            Assert.Equal(allowed, network.Evaluate(input)[0]);
        }
    }

    [Theory]
    [InlineData("3DBall")]
    [InlineData("Basic")]
    [InlineData("PushBlock")]
    public void Exact_compression_keeps_every_action(string name)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(PolicyPath(name)));
        var result = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0 });
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "mlagents", name + ".reference.csv")).Inputs(network.InputCount);
        foreach (var row in rows.Take(64))
        {
            var a = network.Evaluate(row);
            var b = result.Compressed.Evaluate(row);
            for (int k = 0; k < a.Length; k++) Assert.Equal(a[k], b[k], 1e-9 * (Math.Abs(a[k]) + 1));
        }
        Assert.Equal(network.Stage, result.Compressed.Stage);
        Assert.Equal(network.Head, result.Compressed.Head);
    }

    [Theory]
    [InlineData("3DBall")]
    [InlineData("Walker")]
    [InlineData("Basic")]
    [InlineData("PushBlock")]
    public void Written_policy_runs_in_onnx_runtime_with_the_same_actions(string name)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(PolicyPath(name)));
        var compressed = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3 }).Compressed;
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "mlagents", name + ".reference.csv")).Inputs(network.InputCount).Take(64).ToArray();
        var written = OnnxRuntimeReference.Run(OnnxWriter.Write(compressed), rows);
        for (int r = 0; r < rows.Length; r++)
        {
            var expected = compressed.Evaluate(rows[r]);
            for (int k = 0; k < expected.Length; k++) Assert.Equal(expected[k], written[r][k], 1e-5 * (Math.Abs(expected[k]) + 1));
        }
    }

    [Fact]
    public void Two_branch_policy_acts_per_branch_as_onnx_runtime_does()
    {
        byte[] bytes = MultiBranchPolicy.Build();
        var network = NetworkImporter.Import(bytes);
        Assert.Equal([3, 2], network.Head.Groups!);
        Assert.Equal(25, network.InputCount);
        Assert.Equal(2, network.OutputCount);
        var rows = MultiBranchPolicy.Rows(200);
        var expected = OnnxRuntimeReference.Run(bytes, rows, "deterministic_discrete_actions");
        for (int r = 0; r < rows.Length; r++) Assert.Equal(expected[r], network.Evaluate(rows[r]));

        var compressed = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3 }).Compressed;
        var written = OnnxRuntimeReference.Run(OnnxWriter.Write(compressed), rows);
        for (int r = 0; r < rows.Length; r++) Assert.Equal(compressed.Evaluate(rows[r]), written[r]);
    }

    [Fact]
    public void Random_outputs_are_refused_naming_the_node()
    {
        var error = Assert.Throws<ModelException>(() => NetworkImporter.Import(File.ReadAllBytes(PolicyPath("3DBall")), "continuous_actions"));
        Assert.Contains("RandomNormalLike", error.Message);
        var constant = Assert.Throws<ModelException>(() => NetworkImporter.Import(File.ReadAllBytes(PolicyPath("3DBall")), "version_number"));
        Assert.Contains("constant", constant.Message);
    }

    private static string PolicyPath(string name) => Path.Combine(TestData.Models, "mlagents", name + ".onnx");
}
