using Ferd.Networks;
using Ferd.Onnx;
using static Ferd.Tests.Onnx.GraphBuilder;

namespace Ferd.Tests.Onnx;

/// <summary>Graph forms other exporters produce: each imports to a network that computes what the interpreter does.</summary>
public class ImportGraphFormsTests
{
    private static readonly float[] W23 = [0.5f, -1, 2, 1.5f, 0.25f, -0.75f]; // 2 × 3

    [Fact]
    public void Gemm_attributes_and_clip_inputs_fold_exactly()
    {
        var bytes = new GraphBuilder(3)
            .Constant("W", [3, 2], W23).Constant("C", [1, 2], 0.1f, -0.2f).Constant("zero", [], 0f)
            .Constant("V", [2, 2], 1, -2, 0.5f, 3).Constant("b", [2], 0.3f, 0.4f)
            .Node("Gemm", ["x", "W", "C"], "h", null, Float("alpha", 0.5f), Float("beta", 2f))
            .Node("Clip", ["h", "zero", ""], "r")
            .Node("MatMul", ["r", "V"], "m")
            .Node("Add", ["b", "m"], "y")
            .Bytes(2);
        var network = AssertImportsFaithfully(bytes);
        Assert.Equal([Activation.Relu, Activation.Identity], network.Layers.Select(l => l.Activation));
    }

    [Fact]
    public void Clip_bounds_as_attributes_before_opset_11_are_relu()
    {
        var bytes = new GraphBuilder(3)
            .Constant("W", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "h", null, Int("transB", 1))
            .Node("Clip", ["h"], "y", null, Float("min", 0f))
            .Bytes(2, opset: 9);
        var network = AssertImportsFaithfully(bytes);
        Assert.Equal(Activation.Relu, Assert.Single(network.Layers).Activation);
    }

    [Fact]
    public void LeakyRelu_keeps_its_slope()
    {
        var bytes = new GraphBuilder(3)
            .Constant("W", [2, 3], W23).Constant("V", [1, 2], 1, 1)
            .Node("Gemm", ["x", "W"], "h", null, Int("transB", 1))
            .Node("LeakyRelu", ["h"], "a", null, Float("alpha", 0.2f))
            .Node("Gemm", ["a", "V"], "y", null, Int("transB", 1))
            .Bytes(1);
        var network = AssertImportsFaithfully(bytes);
        Assert.Equal(Activation.LeakyRelu(0.2f), network.Layers[0].Activation);
    }

    [Fact]
    public void Shape_preserving_nodes_pass_through_and_affine_after_activation_adds_a_linear_layer()
    {
        var bytes = new GraphBuilder(3)
            .Constant("k", [1, 3], 1, 2, 3).Constant("s", [], 0.5f).Constant("W", [2, 3], W23)
            .Constant("scale", [2], 3, -4).Constant("shift", [1], 7).Int64Constant("keep", 0, -1).Int64Constant("keep2", -1, 3)
            .Node("Sub", ["k", "x"], "a")
            .Node("Mul", ["a", "s"], "b")
            .Node("Flatten", ["b"], "c", null, Int("axis", 1))
            .Node("Reshape", ["c", "keep2"], "d")
            .Node("Identity", ["d"], "e")
            .Node("Transpose", ["e"], "f", null, Ints("perm", 0, 1))
            .Node("Gemm", ["f", "W"], "g", null, Int("transB", 1))
            .Node("Sigmoid", ["g"], "h")
            .Node("Reshape", ["h", "keep"], "i")
            .Node("Mul", ["i", "scale"], "j")
            .Node("Add", ["j", "shift"], "y")
            .Bytes(2);
        var network = AssertImportsFaithfully(bytes);
        Assert.Equal([Activation.Sigmoid, Activation.Identity], network.Layers.Select(l => l.Activation));
        Assert.Equal([3.0, 0.0, 0.0, -4.0], network.Layers[1].Weights);
    }

    [Fact]
    public void Dense_operators_without_an_activation_between_stay_separate_layers()
    {
        var bytes = new GraphBuilder(3)
            .Constant("mean", [3], 1, 2, 3).Constant("W", [2, 3], W23).Constant("V", [1, 2], 2, -1).Constant("ystd", [], 4f)
            .Node("Sub", ["x", "mean"], "a")
            .Node("Gemm", ["a", "W"], "b", null, Int("transB", 1))
            .Node("Gemm", ["b", "V"], "c", null, Int("transB", 1))
            .Node("Mul", ["c", "ystd"], "y")
            .Bytes(1);
        var network = AssertImportsFaithfully(bytes);
        Assert.Equal([(3, 2), (2, 1)], network.Layers.Select(l => (l.InputCount, l.OutputCount)));
        Assert.Equal([8.0, -4.0], network.Layers[1].Weights);
    }

    [Fact]
    public void Constant_nodes_become_tensors()
    {
        var mean = new OnnxTensor("", OnnxDataType.Float, [3], [1, 2, 3], null);
        var constant = new OnnxAttribute("value", OnnxAttributeType.Tensor, 0, 0, "", mean, null, [], []);
        var bytes = new GraphBuilder(3)
            .Constant("W", [2, 3], W23)
            .Node("Constant", [], "mean", "c0", constant)
            .Node("Sub", ["x", "mean"], "a")
            .Node("Gemm", ["a", "W"], "y", null, Int("transB", 1))
            .Bytes(2);
        var model = OnnxModelReader.Read(bytes);
        Assert.DoesNotContain(model.Graph.Nodes, n => n.OpType == "Constant");
        Assert.Equal([1f, 2, 3], model.Graph.Initializers.Single(t => t.Name == "mean").Floats!);
        AssertImportsFaithfully(bytes);
    }

    [Fact]
    public void Initializers_listed_as_inputs_in_old_models_are_not_inputs()
    {
        var model = new GraphBuilder(3)
            .Constant("W", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "y", null, Int("transB", 1))
            .Model(2);
        var old = model with { IrVersion = 3, Graph = model.Graph with { Inputs = [model.Graph.Inputs[0], Batched("W", 3)] } };
        var read = OnnxModelReader.Read(OnnxModelEncoder.Encode(old));
        Assert.Equal("x", Assert.Single(read.Graph.Inputs).Name);
        AssertImportsFaithfully(OnnxModelEncoder.Encode(old));
    }

    /// <summary>Imports, then checks the IR against the interpreter on seeded random rows.</summary>
    internal static Network AssertImportsFaithfully(byte[] bytes)
    {
        var model = OnnxModelReader.Read(bytes);
        var network = NetworkImporter.Import(model);
        var random = new Random(12345);
        var rows = Enumerable.Range(0, 16)
            .Select(_ => Enumerable.Range(0, network.InputCount).Select(_ => (float)(random.NextDouble() * 4 - 2)).ToArray())
            .ToList();
        var expected = new OnnxInterpreter(model).Run(rows);
        for (int r = 0; r < rows.Count; r++)
        {
            var actual = network.Evaluate(rows[r].Select(v => (double)v).ToArray());
            Tolerance.AssertClose(expected[r].Select(v => (double)v).ToArray(), actual, 1e-5, 1e-6, $"row {r}");
        }
        return network;
    }
}
