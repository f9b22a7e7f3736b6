using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>Builds small ONNX graphs for tests: input "x" of shape [N, features], output "y".</summary>
internal sealed class GraphBuilder
{
    private readonly List<OnnxNode> _nodes = [];
    private readonly List<OnnxTensor> _initializers = [];
    private OnnxValueInfo _input;
    private int _counter;

    public GraphBuilder(int features)
    {
        _input = Batched("x", features);
    }

    public GraphBuilder Input(OnnxValueInfo input)
    {
        _input = input;
        return this;
    }

    public GraphBuilder Constant(string name, int[] shape, params float[] values)
    {
        _initializers.Add(new OnnxTensor(name, OnnxDataType.Float, shape, values, null));
        return this;
    }

    public GraphBuilder Int64Constant(string name, params long[] values)
    {
        _initializers.Add(new OnnxTensor(name, OnnxDataType.Int64, [values.Length], null, values));
        return this;
    }

    /// <summary>A node with a generated name unless <paramref name="name"/> is given.</summary>
    public GraphBuilder Node(string op, string[] inputs, string output, string? name = null, params OnnxAttribute[] attributes)
    {
        _nodes.Add(new OnnxNode(name ?? $"{op.ToLowerInvariant()}{_counter++}", op, "", inputs, [output], attributes));
        return this;
    }

    public OnnxModel Model(int outputs, long opset = 13) =>
        new(8, opset, "tests", "1", new OnnxGraph("g", _nodes, _initializers, [_input], [Batched("y", outputs)], []));

    public byte[] Bytes(int outputs, long opset = 13) => OnnxModelEncoder.Encode(Model(outputs, opset));

    public static OnnxValueInfo Batched(string name, int features) =>
        new(name, OnnxDataType.Float, [new OnnxDimension(null, "N"), new OnnxDimension(features, null)]);

    public static OnnxAttribute Int(string name, long value) => new(name, OnnxAttributeType.Int, 0, value, "", null, null, [], []);

    public static OnnxAttribute Float(string name, float value) => new(name, OnnxAttributeType.Float, value, 0, "", null, null, [], []);

    public static OnnxAttribute Ints(string name, params long[] values) => new(name, OnnxAttributeType.Ints, 0, 0, "", null, null, [], values);
}
