using Ferd.Emit;
using Ferd.Generator;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Robustness.Tests;

/// <summary>Weights finite in double that no float32 holds once neurons merge: refused, never emitted as infinities.</summary>
public class FloatRangeTests
{
    /// <summary>Two identical tanh neurons, each feeding the output with the largest float: merged, they sum past it.</summary>
    private static Network Duplicates() => new(
        [
            new DenseLayer(2, 2, [0.5, -0.25, 0.5, -0.25], [0.125, 0.125], Activation.Tanh),
            new DenseLayer(2, 1, [float.MaxValue, float.MaxValue], [0], Activation.Identity),
        ],
        "x", "y");

    [Fact]
    public void Emitter_refuses_merged_weights_beyond_float_range()
    {
        var result = AfdeCompressor.Compress(Duplicates(), 0);
        Assert.Equal(1, result.Layers[0].NeuronsAfter);

        var refusal = Assert.Throws<ModelException>(() => CSharpEmitter.Emit(result, new EmitTarget("Game", "Brain")));

        Assert.Equal(ModelErrorKind.NonFiniteWeights, refusal.Kind);
        Assert.Contains("Layer 2", refusal.Message);
    }

    [Fact]
    public void Generator_reports_them_as_non_finite_weights()
    {
        const string source = """
            namespace Game
            {
                [Ferd.CompressedNetwork("model.onnx")]
                public static partial class Brain { }
            }
            """;
        var project = GeneratedProject.Run(source, "model.onnx", OnnxWriter.Write(Duplicates()));

        Assert.Equal(FerdDiagnostics.NonFiniteWeights.Id, Assert.Single(project.Result.Diagnostics).Id);
        Assert.Contains(Ferd.Emit.RefusedNetworkEmitter.Mark, project.Result.GeneratedSources.Single(s => s.HintName == "Game.Brain.g.cs").SourceText.ToString());
    }
}
