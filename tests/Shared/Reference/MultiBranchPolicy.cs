using Ferd.Onnx;

namespace Ferd.Tests;

/// <summary>
/// An ML-Agents policy with two discrete branches, made from Basic as the exporter writes such
/// policies: a second branch head (2 actions) reading the same trunk, its own slice [3, 5) of a
/// five-wide action mask, its own masked softmax and argmax, both indices joined by one Concat into
/// deterministic_discrete_actions [N, 2]. The repository's shared policies have one branch each.
/// </summary>
internal static class MultiBranchPolicy
{
    public static byte[] Build()
    {
        var model = OnnxModelReader.Read(File.ReadAllBytes(Path.Combine(TestData.Models, "mlagents", "Basic.onnx")));
        var g = model.Graph;
        var random = new Random(11);
        float[] weights = Enumerable.Range(0, 2 * 20).Select(_ => (float)(random.NextDouble() * 2 - 1)).ToArray();
        var tensors = new List<OnnxTensor>(g.Initializers)
        {
            new("branch1.weight", OnnxDataType.Float, [2, 20], weights, null),
            new("branch1.bias", OnnxDataType.Float, [2], [0.1f, -0.2f], null),
        };
        string trunk = g.Nodes.First(n => n.Name == "Gemm_5").Inputs[0];
        var nodes = new List<OnnxNode>();
        foreach (var node in g.Nodes)
        {
            // The join takes both branches' indices.
            nodes.Add(node.Name == "Concat_19" ? node with { Inputs = [node.Inputs[0], "branch1.index"] } : node);
        }
        nodes.AddRange(
        [
            Node("Slice", "branch1.slice", ["action_masks"], "branch1.mask", Ints("axes", 1), Ints("starts", 3), Ints("ends", 5)),
            Node("Gemm", "branch1.gemm", [trunk, "branch1.weight", "branch1.bias"], "branch1.logits", Int("transB", 1)),
            Node("Mul", "branch1.negate", ["branch1.mask", "onnx::Mul_19"], "branch1.negated"),
            Node("Add", "branch1.complement", ["branch1.negated", "onnx::Add_21"], "branch1.complemented"),
            Node("Mul", "branch1.masked", ["branch1.logits", "branch1.mask"], "branch1.kept"),
            Node("Mul", "branch1.penalty", ["branch1.complemented", "onnx::Mul_24"], "branch1.penalized"),
            Node("Sub", "branch1.normalize", ["branch1.kept", "branch1.penalized"], "branch1.norm_logits"),
            Node("Softmax", "branch1.softmax", ["branch1.norm_logits"], "branch1.probs", Int("axis", 1)),
            Node("ArgMax", "branch1.argmax", ["branch1.probs"], "branch1.index", Int("axis", 1), Int("keepdims", 1)),
        ]);
        var inputs = g.Inputs.Select(i => i.Name == "action_masks"
            ? i with { Shape = [new OnnxDimension(null, "batch"), new OnnxDimension(5, null)] } : i).ToList();
        var outputs = g.Outputs.Select(o => o.Name == "deterministic_discrete_actions"
            ? o with { Shape = [new OnnxDimension(null, "batch"), new OnnxDimension(2, null)] } : o).ToList();
        return OnnxModelEncoder.Encode(model with { Graph = g with { Nodes = nodes, Initializers = tensors, Inputs = inputs, Outputs = outputs } });
    }

    /// <summary>Rows of 20 observations and a 0/1 mask of 5 with at least one allowed action per branch.</summary>
    public static double[][] Rows(int count)
    {
        var random = new Random(5);
        return Enumerable.Range(0, count).Select(_ =>
        {
            var row = Enumerable.Range(0, 20).Select(_ => random.NextDouble() * 4 - 2).Concat(Enumerable.Range(0, 5).Select(_ => (double)random.Next(2))).ToArray();
            if (row[20] + row[21] + row[22] == 0) row[20 + random.Next(3)] = 1;
            if (row[23] + row[24] == 0) row[23 + random.Next(2)] = 1;
            return row;
        }).ToArray();
    }

    private static OnnxNode Node(string op, string name, string[] inputs, string output, params OnnxAttribute[] attributes) =>
        new(name, op, "", inputs, [output], attributes);

    private static OnnxAttribute Int(string name, long value) => new(name, OnnxAttributeType.Int, 0, value, "", null, null, [], []);

    private static OnnxAttribute Ints(string name, params long[] values) => new(name, OnnxAttributeType.Ints, 0, 0, "", null, null, [], values);
}
