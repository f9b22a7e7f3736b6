using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

public class DiagnosticTests
{
    private const string Attributed = """
        using Ferd;

        namespace Game
        {
            [CompressedNetwork("models/brain.onnx", Epsilon = EPSILON)]
            public static partial class Brain { }
        }
        """;

    [Fact]
    public void Missing_model_is_FERD001()
    {
        var model = ("models/other.onnx", GeneratorHarness.Model("models/other.onnx", [1, 2, 3]));
        VerifyOnly("FERD001", Attributed.Replace("EPSILON", "0"), "MissingModel", model);
    }

    [Fact]
    public void Model_item_whose_file_is_missing_is_FERD001_naming_where_it_was_looked_for()
    {
        var driver = GeneratorHarness.Driver([], [], GeneratorHarness.Missing(("models/brain.onnx", "/project/models/brain.onnx"), ("data/x.csv", "/project/data/x.csv")));
        VerifyOnly("FERD001", driver, Attributed.Replace("EPSILON", "0"), "DiagnosticTests.MissingModelFile");
    }

    [Fact]
    public void Corrupt_model_is_FERD002()
    {
        var model = ("models/brain.onnx", GeneratorHarness.Model("models/brain.onnx", [0xff, 0xff, 0xff, 0xff, 0x0f]));
        VerifyOnly("FERD002", Attributed.Replace("EPSILON", "0"), "CorruptModel", model);
    }

    public static TheoryData<string, string> RefusedModels() => new()
    {
        { "FERD003", nameof(BrokenModels.UnsupportedOperator) },
        { "FERD004", nameof(BrokenModels.DanglingOutput) },
        { "FERD005", nameof(BrokenModels.DoubleInput) },
        { "FERD006", nameof(BrokenModels.NaNWeight) },
        { "FERD009", nameof(BrokenModels.TooLarge) },
    };

    [Theory]
    [MemberData(nameof(RefusedModels))]
    public void Refused_model_has_its_own_diagnostic(string id, string model)
    {
        var bytes = (byte[])typeof(BrokenModels).GetMethod(model)!.Invoke(null, null)!;
        VerifyOnly(id, Attributed.Replace("EPSILON", "0"), model, ("models/brain.onnx", GeneratorHarness.Model("models/brain.onnx", bytes)));
    }

    [Theory]
    [InlineData("-0.5", "Negative")]
    [InlineData("double.NaN", "NaN")]
    [InlineData("double.PositiveInfinity", "Infinite")]
    public void Invalid_epsilon_is_FERD007(string epsilon, string name)
    {
        var model = ("models/brain.onnx", GeneratorHarness.Model("models/brain.onnx", [1]));
        VerifyOnly("FERD007", Attributed.Replace("EPSILON", epsilon), "InvalidEpsilon" + name, model);
    }

    [Fact]
    public void Class_that_is_not_partial_is_FERD008()
    {
        string source = Attributed.Replace("EPSILON", "0").Replace("static partial class", "static class");
        VerifyOnly("FERD008", source, "NotPartial");
    }

    [Fact]
    public void Class_nested_in_a_non_partial_type_is_FERD008()
    {
        const string source = """
            using Ferd;

            public class Host
            {
                [CompressedNetwork("brain.onnx")]
                public static partial class Brain { }
            }
            """;
        VerifyOnly("FERD008", source, "NestedInNonPartial");
    }

    [Fact]
    public void Class_named_like_a_generated_member_is_FERD015()
    {
        string source = Attributed.Replace("EPSILON", "0").Replace("partial class Brain", "partial class Predict");
        VerifyOnly("FERD015", source, "ClassNameClash");
    }

    [Fact]
    public void Each_model_error_kind_has_its_own_diagnostic()
    {
        var ids = Enum.GetValues<ModelErrorKind>().Select(kind => FerdDiagnostics.For(kind).Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.DoesNotContain(FerdDiagnostics.InternalError.Id, ids);
    }

    [Fact]
    public void Every_descriptor_links_to_its_readme_row()
    {
        Assert.Equal(FerdDiagnostics.All.Length, FerdDiagnostics.All.Select(d => d.Id).Distinct().Count());
        var table = new System.Text.StringBuilder("| Id | Severity | Meaning | What to do |\n|----|----------|---------|------------|\n");
        foreach (var descriptor in FerdDiagnostics.All)
        {
            Assert.Equal(FerdDiagnostics.DefaultHelpUrl + "#" + descriptor.Id.ToLowerInvariant(), descriptor.HelpLinkUri);
            string message = descriptor.MessageFormat.ToString();
            table.Append($"| <a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>{descriptor.Id} | {descriptor.DefaultSeverity} | {descriptor.Title} | {message.Replace("|", "\\|")} |\n");
        }
        Snapshot.Verify(table.ToString(), "DiagnosticTests.Table", "md");
    }

    [Fact]
    public void Readme_has_a_row_for_every_diagnostic()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        foreach (var descriptor in FerdDiagnostics.All)
            Assert.Contains($"| <a id=\"{descriptor.Id.ToLowerInvariant()}\"></a>{descriptor.Id} | {descriptor.DefaultSeverity} |", readme);
    }

    [Fact]
    public void Every_help_link_has_its_anchor_in_the_readme()
    {
        string readme = File.ReadAllText(RepositoryFiles.Path("README.md"));
        foreach (var descriptor in FerdDiagnostics.Reported)
        {
            string anchor = descriptor.HelpLinkUri[(FerdDiagnostics.DefaultHelpUrl.Length + 1)..];
            Assert.Equal(FerdDiagnostics.DefaultHelpUrl + "#" + anchor, descriptor.HelpLinkUri);
            Assert.Contains($"<a id=\"{anchor}\"></a>", readme);
        }
    }

    [Theory]
    [InlineData("file:///home/me/.nuget/packages/ferd/0.1.0/README.md", "file:///home/me/.nuget/packages/ferd/0.1.0/README.md#ferd001")]
    [InlineData("", FerdDiagnostics.DefaultHelpUrl + "#ferd001")]
    public void The_build_property_FerdHelpUrl_sets_the_readme_links_point_into(string url, string link)
    {
        var driver = GeneratorHarness.Driver([], [], new Dictionary<string, string> { [HelpLinks.Property] = url });
        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(Attributed.Replace("EPSILON", "0")), out _);
        Assert.Equal(link, Assert.Single(result.Diagnostics).Descriptor.HelpLinkUri);
    }

    private static void VerifyOnly(string id, string source, string name, params (string, AdditionalText)[] models) =>
        VerifyOnly(id, GeneratorHarness.Driver(models), source, "DiagnosticTests." + name);

    /// <summary>
    /// Checks the run reports exactly one error diagnostic, <paramref name="id"/>, generates no network
    /// (only the stand-in for a refused one, except where members would clash), compiles without
    /// other errors, and matches the snapshot.
    /// </summary>
    internal static void VerifyOnly(string id, GeneratorDriver driver, string source, string snapshot)
    {
        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(source), out var output);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var generated = result.GeneratedSources.Where(s => s.HintName != Ferd.Emit.KernelSource.FerdMathHintName).Select(s => s.SourceText.ToString()).ToList();
        if (id is "FERD008" or "FERD015") Assert.Empty(generated);
        else Assert.Contains($"// {id}: ", Assert.Single(generated));
        Assert.All(generated, s => Assert.Contains(Ferd.Emit.RefusedNetworkEmitter.Mark, s));
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Snapshot.Verify(GeneratorHarness.Describe(result.Diagnostics), snapshot);
    }
}
