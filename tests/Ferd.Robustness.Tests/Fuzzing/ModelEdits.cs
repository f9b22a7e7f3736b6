using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Small edits of the ONNX records, re-encoded with the Engine's own encoder.</summary>
internal static class ModelEdits
{
    public static byte[] Encode(OnnxModel model) => OnnxModelEncoder.Encode(model);

    public static byte[] Graph(Seed seed, Func<OnnxGraph, OnnxGraph> edit) => Encode(seed.Model with { Graph = edit(seed.Model.Graph) });

    public static byte[] Nodes(Seed seed, Func<List<OnnxNode>, IEnumerable<OnnxNode>> edit) =>
        Graph(seed, g => g with { Nodes = edit(g.Nodes.ToList()).ToArray() });

    public static byte[] Initializers(Seed seed, Func<List<OnnxTensor>, IEnumerable<OnnxTensor>> edit) =>
        Graph(seed, g => g with { Initializers = edit(g.Initializers.ToList()).ToArray() });

    /// <summary>Renames a value everywhere it is produced, read, declared or stored.</summary>
    public static OnnxGraph Rename(OnnxGraph graph, string from, string to)
    {
        string Map(string name) => name == from ? to : name;
        return graph with
        {
            Nodes = graph.Nodes.Select(n => n with { Inputs = n.Inputs.Select(Map).ToArray(), Outputs = n.Outputs.Select(Map).ToArray() }).ToArray(),
            Initializers = graph.Initializers.Select(t => t.Name == from ? Tensor(t, to, t.Shape.ToArray(), t.Floats) : t).ToArray(),
            Inputs = graph.Inputs.Select(v => v with { Name = Map(v.Name) }).ToArray(),
            Outputs = graph.Outputs.Select(v => v with { Name = Map(v.Name) }).ToArray(),
            ValueInfo = graph.ValueInfo.Select(v => v with { Name = Map(v.Name) }).ToArray(),
        };
    }

    /// <summary>Every value name the graph mentions.</summary>
    public static List<string> ValueNames(OnnxGraph graph) =>
        graph.Nodes.SelectMany(n => n.Inputs.Concat(n.Outputs))
            .Concat(graph.Initializers.Select(t => t.Name))
            .Concat(graph.Inputs.Concat(graph.Outputs).Select(v => v.Name))
            .Where(n => n.Length > 0).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToList();

    public static OnnxTensor Tensor(OnnxTensor t, string name, int[] shape, float[]? floats) =>
        new(name, floats != null ? OnnxDataType.Float : t.DataType, shape, floats, floats != null ? null : t.Int64s);

    public static OnnxTensor WithFloats(OnnxTensor t, int[] shape, float[] floats) => Tensor(t, t.Name, shape, floats);

    public static OnnxAttribute Attribute(string name, OnnxAttributeType type, float f = 0, long i = 0, string s = "") =>
        new(name, type, f, i, s, null, null, [], []);

    public static T Pick<T>(IReadOnlyList<T> items, Random random) => items[random.Next(items.Count)];
}
