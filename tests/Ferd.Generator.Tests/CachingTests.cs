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

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Unrelated_edit_leaves_lumping_cached(bool calibrated)
    {
        var (driver, compilation) = calibrated ? FirstCalibratedRun() : FirstRun();
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
        var changed = GeneratorHarness.Model("vanderpol_tanh.onnx", File.ReadAllBytes(TestData.Model("concrete_tanh")));
        driver = driver.ReplaceAdditionalText(Model.Text, changed);
        Assert.All(LumpingReasons(driver, compilation), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_a_csv_the_attribute_does_not_name_leaves_lumping_cached()
    {
        var (driver, compilation) = FirstCalibratedRun();
        driver = driver.ReplaceAdditionalText(Unrelated.Text, GeneratorHarness.Data(Unrelated.ProjectPath, "a,b\n3,4\n").Text);
        Assert.All(LumpingReasons(driver, compilation), r => Assert.Equal(IncrementalStepRunReason.Cached, r));
    }

    [Fact]
    public void Editing_the_calibration_csv_reruns_lumping()
    {
        var (driver, compilation) = FirstCalibratedRun();
        driver = driver.ReplaceAdditionalText(Calibration.Text, GeneratorHarness.Data(Calibration.ProjectPath, "x0,x1\n0.5,-1\n1,0.5\n").Text);
        Assert.All(LumpingReasons(driver, compilation), r => Assert.NotEqual(IncrementalStepRunReason.Cached, r));
    }

    /// <summary>
    /// After an unrelated edit no step re-runs: every tracked step's outputs are cached or
    /// unchanged. And no step's output holds a symbol, a syntax node or a compilation, which would
    /// keep old compilations alive and defeat the cache.
    /// </summary>
    [Fact]
    public void Every_step_stays_cached_on_an_unrelated_edit_and_holds_no_compiler_objects()
    {
        var (driver, compilation) = FirstCalibratedRun();
        var first = driver.GetRunResult().Results.Single();
        var names = typeof(TrackingNames).GetFields().Select(f => (string)f.GetRawConstantValue()!).ToArray();
        Assert.Equal(names.Order(), first.TrackedSteps.Keys.Where(names.Contains).Order());
        foreach (var (name, steps) in first.TrackedSteps.Where(s => names.Contains(s.Key)))
            foreach (var output in steps.SelectMany(step => step.Outputs)) PipelineObjects.AssertPlain(output.Value, name);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { int x; }", GeneratedAssembly.ParseOptions));
        var second = driver.RunGenerators(edited).GetRunResult().Results.Single();
        foreach (string name in names)
        {
            var reasons = second.TrackedSteps[name].SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
            Assert.NotEmpty(reasons);
            Assert.All(reasons, r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {r}"));
        }
    }

    private static readonly (string ProjectPath, AdditionalText Text) Model = GeneratorHarness.SharedModel("vanderpol_tanh");
    private static readonly (string ProjectPath, AdditionalText Text) Calibration = GeneratorHarness.Data("data/calibration.csv", "x0,x1\n0.5,-1\n1,0.25\n-0.75,2\n");
    private static readonly (string ProjectPath, AdditionalText Text) Unrelated = GeneratorHarness.Data("data/scores.csv", "a,b\n1,2\n");

    private static (GeneratorDriver Driver, Compilation Compilation) FirstCalibratedRun()
    {
        var compilation = GeneratorHarness.Compilation(Source.Replace("Epsilon = 0.1", "Epsilon = 0.1, CalibrationData = \"data/calibration.csv\""));
        var driver = GeneratorHarness.Driver([Model], [Calibration, Unrelated]).RunGenerators(compilation);
        Assert.Equal([IncrementalStepRunReason.New], Reasons(driver));
        Assert.Contains("// certified:", driver.GetRunResult().GeneratedTrees.Single(t => t.FilePath.EndsWith("Game.Field.g.cs", StringComparison.Ordinal)).ToString());
        return (driver, compilation);
    }

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
        return result.TrackedSteps[TrackingNames.CompileNetwork].SelectMany(step => step.Outputs).Select(o => o.Reason).ToArray();
    }
}
