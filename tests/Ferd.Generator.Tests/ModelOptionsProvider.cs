using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator.Tests;

/// <summary>
/// Analyzer config options as the build produces them from CompilerVisibleItemMetadata:
/// each encoded model carries its original project-relative path.
/// </summary>
internal sealed class ModelOptionsProvider(IReadOnlyDictionary<string, string> projectPaths) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(new Dictionary<string, string>());

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        projectPaths.TryGetValue(textFile.Path, out var projectPath)
            ? new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FerdModelPath"] = projectPath })
            : GlobalOptions;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
