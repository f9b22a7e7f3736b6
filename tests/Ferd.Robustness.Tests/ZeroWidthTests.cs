using Ferd.Onnx;
using Ferd.Robustness.Tests.Fuzzing;

namespace Ferd.Robustness.Tests;

/// <summary>Layers without neurons, declared consistently so only their emptiness is wrong.</summary>
public class ZeroWidthTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 0)]
    [InlineData(0, 0)]
    public void A_layer_without_neurons_is_refused_or_compiled_never_crashes(int hidden, int outputs)
    {
        var bytes = ModelEdits.Encode(TwoLayers(2, hidden, outputs));

        Assert.Null(CaseBudget.Run(new Mutant("two-layers", hidden * 10 + outputs, "zero-width", bytes), () =>
        {
            EnginePipeline.Run(bytes);
            return GeneratorCase.Options.Select(options => GeneratorCase.Check(bytes, options)).FirstOrDefault(f => f != null);
        }));
    }

    private static OnnxModel TwoLayers(int inputs, int hidden, int outputs)
    {
        OnnxTensor Floats(string name, params int[] shape) =>
            new(name, OnnxDataType.Float, shape, Enumerable.Repeat(0.5f, shape.Aggregate(1, (a, d) => a * d)).ToArray(), null);
        OnnxNode Gemm(string input, string weights, string bias, string output) =>
            new(output, "Gemm", "", [input, weights, bias], [output], [ModelEdits.Attribute("transB", OnnxAttributeType.Int, i: 1)]);
        OnnxValueInfo Batched(string name, int features) =>
            new(name, OnnxDataType.Float, [new OnnxDimension(null, "N"), new OnnxDimension(features, null)]);

        var graph = new OnnxGraph(
            "zero",
            [Gemm("x", "w1", "b1", "z1"), new OnnxNode("relu", "Relu", "", ["z1"], ["a1"], []), Gemm("a1", "w2", "b2", "y")],
            [Floats("w1", hidden, inputs), Floats("b1", hidden), Floats("w2", outputs, hidden), Floats("b2", outputs)],
            [Batched("x", inputs)],
            [Batched("y", outputs)],
            []);
        return new OnnxModel(8, 13, "test", "", graph);
    }
}
