using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Generator.Tests;

/// <summary>Compression is the expensive step: it must re-run exactly when its inputs change.</summary>
public class CachingTests
{
    private const string Source = """
        using Ferd;

        namespace Game
        {
            [CompressedNetwork("vanderpol_tanh.onnx", Epsilon = 0.1)]
            public static partial class Field { }
        }
        """;

    [Fact]
    public void Unrelated_edit_leaves_lumping_cached()
    {
        var (driver, compilation) = FirstRun();
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int x; }", GeneratedAssembly.ParseOptions));
        Assert.All(LumpingReasons(driver, edited), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Moving_the_attribute_in_its_file_leaves_lumping_cached()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();
        var moved = compilation.ReplaceSyntaxTree(tree, tree.WithChangedText(tree.GetText().Replace(0, 0, "// A comment\n\n")));
        Assert.All(LumpingReasons(driver, moved), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Attribute_edit_reruns_lumping()
    {
        var (driver, compilation) = FirstRun();
        var tree = compilation.SyntaxTrees.Single();
        var edited = compilation.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText(Source.Replace("0.1", "0.2"), GeneratedAssembly.ParseOptions, tree.FilePath));
        Assert.All(LumpingReasons(driver, edited), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Model_edit_reruns_lumping()
    {
        var (driver, compilation) = FirstRun();
        var changed = GeneratorHarness.Model("vanderpol_tanh.onnx", File.ReadAllBytes(SharedFiles.Model("concrete_tanh")));
        driver = driver.ReplaceAdditionalText(Model.Text, changed);
        Assert.All(LumpingReasons(driver, compilation), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
    }

    private static readonly (string ProjectPath, AdditionalText Text) Model = GeneratorHarness.SharedModel("vanderpol_tanh");

    private static (GeneratorDriver Driver, Compilation Compilation) FirstRun()
    {
        var compilation = GeneratorHarness.Compilation(Source);
        var driver = GeneratorHarness.Driver(Model).RunGenerators(compilation);
        Assert.Equal([IncrementalStepRunReason.New], Reasons(driver));
        return (driver, compilation);
    }

    private static IncrementalStepRunReason[] LumpingReasons(GeneratorDriver driver, Compilation compilation) =>
        Reasons(driver.RunGenerators(compilation));

    private static IncrementalStepRunReason[] Reasons(GeneratorDriver driver)
    {
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result.TrackedSteps[TrackingNames.Lumping].SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
    }
}
