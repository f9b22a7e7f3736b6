using Ferd.Onnx;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Damage to the graph: cycles, dangling edges, missing or repeated nodes, foreign operators, bad declarations.</summary>
internal static class GraphMutations
{
    private static readonly string[] OpTypes =
    [
        "Gemm", "MatMul", "Add", "Sub", "Mul", "Div", "Relu", "LeakyRelu", "Tanh", "Sigmoid", "Identity",
        "Clip", "Flatten", "Transpose", "Reshape", "Softmax", "Conv", "Loop", "If", "", "Tanx", "gemm",
    ];

    public static IEnumerable<Mutation> All { get; } =
    [
        new("cycle", (seed, random) => ModelEdits.Nodes(seed, nodes =>
        {
            int from = random.Next(nodes.Count), to = random.Next(from, nodes.Count);
            return Rewire(nodes, from, nodes[to].Outputs[0], random);
        })),
        new("dangling-edge", (seed, random) => ModelEdits.Nodes(seed, nodes =>
            Rewire(nodes, random.Next(nodes.Count), random.Next(2) == 0 ? "nowhere" : "", random))),
        new("dangling-output", (seed, random) => ModelEdits.Graph(seed, g =>
        {
            var names = ModelEdits.ValueNames(g);
            names.Add("nowhere");
            return g with { Outputs = [g.Outputs[0] with { Name = ModelEdits.Pick(names, random) }] };
        })),
        new("drop-node", (seed, random) => ModelEdits.Nodes(seed, nodes =>
        {
            nodes.RemoveAt(random.Next(nodes.Count));
            return nodes;
        })),
        new("duplicate-node", (seed, random) => ModelEdits.Nodes(seed, nodes =>
        {
            nodes.Insert(random.Next(nodes.Count + 1), nodes[random.Next(nodes.Count)]);
            return nodes;
        })),
        new("shuffle-nodes", (seed, random) => ModelEdits.Nodes(seed, nodes => nodes.OrderBy(_ => random.Next()))),
        new("change-op", (seed, random) => ModelEdits.Nodes(seed, nodes =>
        {
            int at = random.Next(nodes.Count);
            nodes[at] = random.Next(4) == 0 ? nodes[at] with { Domain = "com.example" } : nodes[at] with { OpType = OpTypes[random.Next(OpTypes.Length)] };
            return nodes;
        })),
        new("change-attribute", (seed, random) => ModelEdits.Nodes(seed, nodes =>
        {
            int at = random.Next(nodes.Count);
            nodes[at] = nodes[at] with { Attributes = [.. nodes[at].Attributes.Where(_ => random.Next(2) == 0), RandomAttribute(random)] };
            return nodes;
        })),
        new("extra-inputs", (seed, random) => ModelEdits.Graph(seed, g => random.Next(2) == 0
            ? g with { Inputs = [.. g.Inputs, g.Inputs[0] with { Name = "second" }] }
            : g with { Outputs = [.. g.Outputs, .. g.Outputs], Inputs = random.Next(2) == 0 ? [] : g.Inputs })),
        new("passthrough", (seed, random) => ModelEdits.Graph(seed, g => random.Next(3) switch
        {
            0 => g with { Nodes = [], Outputs = [g.Outputs[0] with { Name = g.Inputs[0].Name }] },
            1 => g with { Nodes = [] },
            _ => g with { Nodes = [new OnnxNode("copy", "Identity", "", [g.Inputs[0].Name], [g.Outputs[0].Name], [])] },
        })),
        new("input-is-initializer", (seed, random) => ModelEdits.Graph(seed, g =>
        {
            string weight = ModelEdits.Pick(g.Initializers, random).Name;
            return random.Next(2) == 0
                ? g with { Inputs = [g.Inputs[0] with { Name = weight }] }
                : g with { Outputs = [g.Outputs[0] with { Name = weight }] };
        })),
        new("input-declaration", (seed, random) => ModelEdits.Graph(seed, g => g with { Inputs = [Declaration(g.Inputs[0], random)] })),
        new("header", (seed, random) => ModelEdits.Encode(seed.Model with
        {
            IrVersion = new long[] { 0, -1, 1, 3, 99, long.MaxValue }[random.Next(6)],
            OpsetVersion = new long[] { 0, -1, 1, 7, 25, long.MaxValue }[random.Next(6)],
        })),
    ];

    /// <summary>Points one input of node <paramref name="at"/> at <paramref name="value"/>.</summary>
    private static List<OnnxNode> Rewire(List<OnnxNode> nodes, int at, string value, Random random)
    {
        var inputs = nodes[at].Inputs.ToArray();
        if (inputs.Length == 0) return nodes;
        inputs[random.Next(inputs.Length)] = value;
        nodes[at] = nodes[at] with { Inputs = inputs };
        return nodes;
    }

    private static OnnxAttribute RandomAttribute(Random random)
    {
        string name = new[] { "transA", "transB", "alpha", "beta", "axis", "min", "max", "perm", "allowzero" }[random.Next(9)];
        return random.Next(4) switch
        {
            0 => ModelEdits.Attribute(name, OnnxAttributeType.Int, i: new long[] { 0, 1, 2, -1, long.MaxValue, long.MinValue }[random.Next(6)]),
            1 => ModelEdits.Attribute(name, OnnxAttributeType.Float, f: new[] { 0f, -1f, float.NaN, float.PositiveInfinity, 1e38f, float.Epsilon }[random.Next(6)]),
            2 => ModelEdits.Attribute(name, OnnxAttributeType.String, s: HostileNames.Pick(random)),
            _ => new OnnxAttribute(name, OnnxAttributeType.Ints, 0, 0, "", null, null, [], [random.Next(-3, 4), long.MaxValue]),
        };
    }

    private static OnnxValueInfo Declaration(OnnxValueInfo input, Random random)
    {
        OnnxDimension Dim() => random.Next(3) switch
        {
            0 => new OnnxDimension(new long[] { 0, 1, 7, -1, int.MaxValue, (long)int.MaxValue + 1, long.MaxValue }[random.Next(7)], null),
            1 => new OnnxDimension(null, HostileNames.Pick(random)),
            _ => new OnnxDimension(null, null),
        };
        return random.Next(3) switch
        {
            0 => input with { ElementType = (OnnxDataType)random.Next(0, 20) },
            1 => input with { Shape = random.Next(4) == 0 ? null : Enumerable.Range(0, random.Next(5)).Select(_ => Dim()).ToArray() },
            _ => input with { Shape = [input.Shape![0], Dim()] },
        };
    }
}
