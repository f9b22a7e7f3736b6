using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Ferd.Generator.Tests;

/// <summary>Runs the generator on in-memory sources and models, with step tracking on.</summary>
internal static class GeneratorHarness
{
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, GeneratedAssembly.ParseOptions, path: $"Source{i}.cs")),
            GeneratedAssembly.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>An encoded model as the build targets write it, keyed by its project-relative path.</summary>
    public static AdditionalText Model(string projectPath, byte[] bytes) =>
        new InMemoryAdditionalText("/obj/ferd/" + projectPath.Replace('/', '_') + ".b64", Convert.ToBase64String(bytes));

    /// <summary>A CSV data file as the build targets pass it: the file itself, keyed by its project-relative path.</summary>
    public static (string ProjectPath, AdditionalText Text) Data(string projectPath, string csv) =>
        (projectPath, new InMemoryAdditionalText("/project/" + projectPath, csv));

    public static GeneratorDriver Driver(params (string ProjectPath, AdditionalText Text)[] models) => Driver(models, []);

    /// <param name="properties">Build properties by analyzer config key, e.g. <see cref="MissingFiles.Property"/>.</param>
    public static GeneratorDriver Driver((string ProjectPath, AdditionalText Text)[] models, (string ProjectPath, AdditionalText Text)[] data, IReadOnlyDictionary<string, string>? properties = null) =>
        CSharpGeneratorDriver.Create(
            [new CompressedNetworkGenerator().AsSourceGenerator()],
            models.Concat(data).Select(m => m.Text),
            GeneratedAssembly.ParseOptions,
            new ModelOptionsProvider(models.ToDictionary(m => m.Text.Path, m => m.ProjectPath), data.ToDictionary(d => d.Text.Path, d => d.ProjectPath), properties),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>A driver given only untagged additional files, as Unity's compiler passes them (no MSBuild, no metadata).</summary>
    public static GeneratorDriver Untagged(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(
            [new CompressedNetworkGenerator().AsSourceGenerator()],
            texts,
            GeneratedAssembly.ParseOptions,
            new ModelOptionsProvider(new Dictionary<string, string>()),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>The build property listing items whose file does not exist, as the build targets write it.</summary>
    public static IReadOnlyDictionary<string, string> Missing(params (string ProjectPath, string FullPath)[] files) =>
        new Dictionary<string, string> { [MissingFiles.Property] = string.Join("|", files.Select(f => f.ProjectPath + "|" + f.FullPath)) };

    public static (string ProjectPath, AdditionalText Text) SharedModel(string name, string? projectPath = null)
    {
        projectPath ??= name + ".onnx";
        return (projectPath, Model(projectPath, File.ReadAllBytes(TestData.Model(name))));
    }

    /// <summary>Runs once and returns the run result, failing if the generator threw.</summary>
    public static GeneratorRunResult Run(GeneratorDriver driver, Compilation compilation, out Compilation output)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out output, out _);
        var result = driver.GetRunResult().Results.Single();
        Assert.Null(result.Exception);
        return result;
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("\n", diagnostics.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => d.ToString())) + "\n";
}
