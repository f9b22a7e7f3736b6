using Ferd.Onnx;
using Ferd.Robustness.Tests.Fuzzing;
using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests;

/// <summary>
/// Generated code compiles whatever the model calls its values, nodes and graph, whatever path
/// the project gives the model, and whatever the attributed class is called or nested in.
/// </summary>
public class HostileNameTests
{
    private const string Attributed = """
        namespace Game
        {
            [Ferd.CompressedNetwork("model.onnx", Epsilon = 0.1)]
            public static partial class Brain { }
        }
        """;

    public static TheoryData<int> Names() => [.. Enumerable.Range(0, HostileNames.All.Count)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Model_names_never_break_the_generated_code(int index)
    {
        string name = HostileNames.All[index];
        var seed = FuzzCorpus.SeedOf("vanderpol_tanh");
        var bytes = ModelEdits.Graph(seed, g =>
        {
            // Every value, node and the graph get the hostile name, made distinct by a suffix.
            var values = ModelEdits.ValueNames(g);
            for (int i = 0; i < values.Count; i++) g = ModelEdits.Rename(g, values[i], name + i);
            return g with { Name = name, Nodes = g.Nodes.Select((n, i) => n with { Name = name + "#" + i }).ToArray() };
        });
        var renamed = OnnxModelReader.Read(bytes).Graph;
        string stored = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(name));
        Assert.StartsWith(stored, renamed.Inputs[0].Name, StringComparison.Ordinal);
        Assert.StartsWith(stored, renamed.Outputs[0].Name, StringComparison.Ordinal);

        var project = GeneratedProject.Run(Attributed, "model.onnx", bytes);

        project.AssertCompiles();
        Assert.NotNull(project.Output.GetTypeByMetadataName("Game.Brain")?.GetMembers("Predict").FirstOrDefault());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Model_paths_never_break_the_generated_code(int index)
    {
        string path = "models/" + HostileNames.All[index] + ".onnx";
        string literal = Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(path, quote: true);
        string source = Attributed.Replace("\"model.onnx\"", literal);
        var project = GeneratedProject.Run(source, path, File.ReadAllBytes(TestData.Model("vanderpol_tanh")));

        project.AssertCompiles();
    }
}
