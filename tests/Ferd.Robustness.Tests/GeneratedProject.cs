using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests;

/// <summary>One consumer project run through the generator in memory: its diagnostics and the compilation with generated code.</summary>
internal sealed record GeneratedProject(GeneratorRunResult Result, Compilation Output)
{
    public static GeneratedProject Run(string source, params (string ProjectPath, AdditionalText Text)[] models)
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(models), GeneratorHarness.Compilation(source), out var output);
        return new GeneratedProject(result, output);
    }

    public static GeneratedProject Run(string source, string projectPath, byte[] model) =>
        Run(source, (projectPath, GeneratorHarness.Model(projectPath, model)));

    /// <summary>The source of one generated class (every hint name but the shared kernels).</summary>
    public string NetworkSource => Result.GeneratedSources.Single(s => s.HintName != Emit.KernelSource.FerdMathHintName).SourceText.ToString();

    /// <summary>Everything the generator produced, as text to compare byte for byte: each source and each diagnostic.</summary>
    public string Transcript =>
        string.Concat(Result.GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => $"// {s.HintName}\n{s.SourceText}\n"))
        + GeneratorHarness.Describe(Result.Diagnostics);

    /// <summary>Fails unless the generator reported compression and the project compiles without errors.</summary>
    public void AssertCompiles()
    {
        var report = Assert.Single(Result.Diagnostics);
        Assert.Equal(Generator.FerdDiagnostics.CompressionReport.Id, report.Id);
        var errors = Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, GeneratorHarness.Describe(errors) + "\n" + NetworkSource[..Math.Min(2000, NetworkSource.Length)]);
    }
}
