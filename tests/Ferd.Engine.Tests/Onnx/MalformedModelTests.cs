using System.Text;
using Ferd.Onnx;
using Ferd.Onnx.Protobuf;
using static Ferd.Tests.Onnx.GraphBuilder;
using F = Ferd.Onnx.OnnxFieldNumbers;

namespace Ferd.Tests.Onnx;

/// <summary>Every way a model can be unusable ends in one ModelException with the right kind and a line a user can act on.</summary>
public class MalformedModelTests
{
    private static readonly float[] W23 = [0.5f, -1, 2, 1.5f, 0.25f, -0.75f];

    [Fact]
    public void Empty_file()
    {
        var error = Fails(ModelErrorKind.InvalidOnnx, []);
        Assert.Contains("empty", error.Message);
    }

    [Fact]
    public void Text_file_is_not_onnx()
    {
        var error = Fails(ModelErrorKind.InvalidOnnx, Encoding.UTF8.GetBytes("name,value\nweight,0.5\n"));
        Assert.Contains("ONNX model", error.Message);
    }

    [Fact]
    public void Protobuf_without_a_graph_is_not_onnx()
    {
        var w = new ProtoWriter();
        w.WriteVarint(F.Model.IrVersion, 8);
        var error = Fails(ModelErrorKind.InvalidOnnx, w.ToArray());
        Assert.Equal("Not an ONNX model: the file has no graph.", error.Message);
    }

    [Fact]
    public void Truncated_file()
    {
        byte[] bytes = ModelFixtures.ModelBytes("concrete_tanh");
        var error = Fails(ModelErrorKind.InvalidOnnx, bytes[..(bytes.Length / 2)]);
        Assert.Contains("truncated or corrupt", error.Message);
    }

    [Fact]
    public void Wrong_wire_type_for_a_field()
    {
        var w = new ProtoWriter();
        w.WriteString(F.Model.IrVersion, "eight");
        var error = Fails(ModelErrorKind.InvalidOnnx, w.ToArray());
        Assert.Equal("Not a valid ONNX model: field 'ir_version' of ModelProto has wire type 2, expected 0.", error.Message);
    }

    [Fact]
    public void Length_claim_of_two_gigabytes()
    {
        var w = new ProtoWriter();
        w.WriteVarint(F.Model.IrVersion, 8);
        w.WriteTag(F.Model.Graph, WireType.LengthDelimited);
        w.WriteRawVarint(int.MaxValue);
        w.WriteRawVarint(0);
        var error = Fails(ModelErrorKind.InvalidOnnx, w.ToArray());
        Assert.Contains("claims 2147483647 bytes but only 1 remain", error.Message);
    }

    [Fact]
    public void Tensor_dimensions_beyond_its_data()
    {
        var w = new ProtoWriter();
        w.WritePackedVarints(F.Tensor.Dims, [1L << 40, 1L << 40]);
        w.WriteVarint(F.Tensor.DataType, (int)OnnxDataType.Float);
        w.WriteString(F.Tensor.Name, "huge");
        var graph = new ProtoWriter();
        graph.WriteMessage(F.Graph.Initializer, w);
        var error = Fails(ModelErrorKind.InvalidOnnx, Model(graph));
        Assert.Equal($"Not a valid ONNX model: Tensor 'huge' declares more than {int.MaxValue} elements.", error.Message);
    }

    [Fact]
    public void Nesting_too_deep()
    {
        // Subgraphs in node attributes are the one recursion in ONNX; nest them far too deep.
        var graph = new ProtoWriter();
        for (int level = 0; level < 100; level++)
        {
            var attribute = new ProtoWriter();
            attribute.WriteString(F.Attribute.Name, "body");
            attribute.WriteMessage(F.Attribute.G, graph);
            var node = new ProtoWriter();
            node.WriteString(F.Node.OpType, "Loop");
            node.WriteMessage(F.Node.Attribute, attribute);
            graph = new ProtoWriter();
            graph.WriteMessage(F.Graph.Node, node);
        }
        var error = Fails(ModelErrorKind.InvalidOnnx, Model(graph));
        Assert.Contains($"nested deeper than {ProtoReader.MaxDepth} levels", error.Message);
    }

    [Fact]
    public void External_tensor_data()
    {
        var w = new ProtoWriter();
        w.WritePackedVarints(F.Tensor.Dims, [2, 3]);
        w.WriteVarint(F.Tensor.DataType, (int)OnnxDataType.Float);
        w.WriteString(F.Tensor.Name, "W");
        w.WriteVarint(F.Tensor.DataLocation, 1);
        var graph = new ProtoWriter();
        graph.WriteMessage(F.Graph.Initializer, w);
        var error = Fails(ModelErrorKind.UnsupportedTensor, Model(graph));
        Assert.Equal("Tensor 'W' keeps its data in an external file; export the model with its weights embedded.", error.Message);
    }

    [Fact]
    public void Non_float_weights()
    {
        var w = new ProtoWriter();
        w.WritePackedVarints(F.Tensor.Dims, [2]);
        w.WriteVarint(F.Tensor.DataType, (int)OnnxDataType.Double);
        w.WriteString(F.Tensor.Name, "f.0.weight");
        w.WriteBytes(F.Tensor.RawData, new byte[16]);
        var graph = new ProtoWriter();
        graph.WriteMessage(F.Graph.Initializer, w);
        var error = Fails(ModelErrorKind.UnsupportedTensor, Model(graph));
        Assert.Equal("Tensor 'f.0.weight' has element type Double; Ferd reads float32 weights (and int64 shapes) only.", error.Message);
    }

    [Fact]
    public void Int64_tensor_used_as_weights()
    {
        var bytes = new GraphBuilder(3).Int64Constant("W", 1, 2, 3)
            .Node("Mul", ["x", "W"], "y", "scale").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedTensor, bytes);
        Assert.Equal("Tensor 'W' used by node 'scale' has element type Int64; weights must be float32.", error.Message);
    }

    [Fact]
    public void Unsupported_operator()
    {
        var bytes = new GraphBuilder(3).Constant("W", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "h", "fc", Int("transB", 1))
            .Node("Sin", ["h"], "y", "sin1").Bytes(2);
        var error = Fails(ModelErrorKind.UnsupportedOperator, bytes);
        Assert.StartsWith("unsupported operator 'Sin' in node 'sin1'", error.Message);
    }

    [Fact]
    public void Clip_with_empty_bounds_is_refused()
    {
        var bytes = new GraphBuilder(3).Constant("lo", [], 1f).Constant("hi", [], -1f)
            .Node("Clip", ["x", "lo", "hi"], "y", "clamp").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedOperator, bytes);
        Assert.StartsWith("Node 'clamp' (Clip) has bounds [1, -1]", error.Message);
    }

    [Fact]
    public void Branches()
    {
        var bytes = new GraphBuilder(3).Constant("W", [2, 3], W23).Constant("V", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "a", null, Int("transB", 1))
            .Node("Gemm", ["x", "V"], "b", null, Int("transB", 1))
            .Node("Add", ["a", "b"], "y", "join").Bytes(2);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.StartsWith("Value 'x' feeds 2 consumers (", error.Message);
        Assert.EndsWith("that are neither one activation nor heads joined by one Concat; Ferd compiles a single chain of dense layers without branches.", error.Message);
    }

    [Fact]
    public void Residual_connection()
    {
        var bytes = new GraphBuilder(3)
            .Node("Relu", ["x"], "a", "act")
            .Node("Add", ["a", "x"], "y", "skip").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Contains("feeds 2 consumers", error.Message);
    }

    [Fact]
    public void Cycles()
    {
        var bytes = new GraphBuilder(3)
            .Node("Add", ["x", "c"], "a", "first")
            .Node("Relu", ["a"], "b", "second")
            .Node("Relu", ["b"], "c", "third")
            .Node("Identity", ["b"], "y", "out").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Equal("Node 'first' (Add): the graph has a cycle through this node.", error.Message);
    }

    [Fact]
    public void Dangling_input()
    {
        var bytes = new GraphBuilder(3)
            .Node("Add", ["x", "ghost"], "y", "shift").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Equal("Node 'shift' (Add): input 'ghost' is neither a graph input, an initializer nor another node's output.", error.Message);
    }

    [Fact]
    public void Missing_initializer()
    {
        var bytes = new GraphBuilder(3)
            .Node("Gemm", ["x", "f.0.weight"], "y", "fc", Int("transB", 1)).Bytes(2);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Contains("input 'f.0.weight' is neither a graph input, an initializer", error.Message);
    }

    [Fact]
    public void Nodes_the_output_does_not_need_are_dropped()
    {
        var bytes = new GraphBuilder(3).Constant("k", [3], 1, 2, 3)
            .Node("Relu", ["x"], "y", "act")
            .Node("Sin", ["x"], "unused", "stray").Bytes(3);
        var network = NetworkImporter.Import(bytes);
        Assert.Single(network.Layers);
        Assert.Equal("relu", network.Layers[0].Activation.Kind);
    }

    [Fact]
    public void Weights_that_do_not_fit_the_features()
    {
        var bytes = new GraphBuilder(5).Constant("W", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "y", "fc", Int("transB", 1)).Bytes(2);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Equal("Node 'fc' (Gemm): its weights take 3 inputs but the value it reads has 5 features.", error.Message);
    }

    [Fact]
    public void Declared_output_width_that_does_not_match()
    {
        var bytes = new GraphBuilder(3).Constant("W", [2, 3], W23)
            .Node("Gemm", ["x", "W"], "y", "fc", Int("transB", 1)).Bytes(4);
        var error = Fails(ModelErrorKind.UnsupportedGraphShape, bytes);
        Assert.Equal("Graph output 'y' declares 4 features but the network computes 2.", error.Message);
    }

    [Fact]
    public void Dynamic_feature_dimension()
    {
        var input = new OnnxValueInfo("x", OnnxDataType.Float, [new OnnxDimension(null, "N"), new OnnxDimension(null, "F")]);
        var bytes = new GraphBuilder(3).Input(input).Node("Relu", ["x"], "y").Bytes(3);
        var error = Fails(ModelErrorKind.UnsupportedTensor, bytes);
        Assert.Equal("Graph input 'x' has dynamic or empty feature dimension 'F'; only the batch dimension may be dynamic.", error.Message);
    }

    [Fact]
    public void Non_finite_weights()
    {
        var bytes = new GraphBuilder(3).Constant("f.0.weight", [2, 3], 1, 2, float.NaN, 4, 5, 6)
            .Node("Gemm", ["x", "f.0.weight"], "y", "fc", Int("transB", 1)).Bytes(2);
        var error = Fails(ModelErrorKind.NonFiniteWeights, bytes);
        Assert.Equal("Tensor 'f.0.weight' contains NaN or infinity.", error.Message);
    }

    [Fact]
    public void Division_by_a_zero_scale()
    {
        var bytes = new GraphBuilder(3).Constant("std", [3], 1, 0, 2)
            .Node("Div", ["x", "std"], "y", "normalize").Bytes(3);
        var error = Fails(ModelErrorKind.NonFiniteWeights, bytes);
        Assert.StartsWith("Node 'normalize' (Div) makes the folded weights infinite or NaN", error.Message);
    }

    [Fact]
    public void Non_finite_leaky_relu_slope()
    {
        var bytes = new GraphBuilder(3).Node("LeakyRelu", ["x"], "y", "act", Float("alpha", float.PositiveInfinity)).Bytes(3);
        var error = Fails(ModelErrorKind.NonFiniteWeights, bytes);
        Assert.Equal("Node 'act' (LeakyRelu) has slope alpha = Infinity.", error.Message);
    }

    [Fact]
    public void Declared_width_too_large_for_a_layer_is_refused_before_allocating()
    {
        var bytes = new GraphBuilder(1_000_000).Constant("s", [], 2f)
            .Node("Mul", ["x", "s"], "a").Node("Relu", ["a"], "y").Bytes(1_000_000);
        var error = Fails(ModelErrorKind.TooLarge, bytes);
        Assert.StartsWith("Layer 0 would hold 1000000000000 weights", error.Message);
    }

    private static byte[] Model(ProtoWriter graph)
    {
        var model = new ProtoWriter();
        model.WriteVarint(F.Model.IrVersion, 8);
        model.WriteMessage(F.Model.Graph, graph);
        return model.ToArray();
    }

    private static ModelException Fails(ModelErrorKind kind, byte[] bytes)
    {
        var error = Assert.Throws<ModelException>(() => NetworkImporter.Import(bytes));
        Assert.Equal(kind, error.Kind);
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
