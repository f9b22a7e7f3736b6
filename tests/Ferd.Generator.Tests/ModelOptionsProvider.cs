using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator.Tests;

/// <summary>
/// Analyzer config options as the build produces them from CompilerVisibleItemMetadata:
/// each encoded model carries its original project-relative path, and so does each CSV data file;
/// build properties (CompilerVisibleProperty) are global options.
/// </summary>
internal sealed class ModelOptionsProvider(IReadOnlyDictionary<string, string> projectPaths, IReadOnlyDictionary<string, string>? dataPaths = null, IReadOnlyDictionary<string, string>? properties = null) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Options(properties?.ToDictionary(p => p.Key, p => p.Value) ?? []);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => GlobalOptions;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        projectPaths.TryGetValue(textFile.Path, out var projectPath)
            ? new Options(new Dictionary<string, string> { [ModelFiles.PathMetadata] = projectPath })
            : dataPaths != null && dataPaths.TryGetValue(textFile.Path, out var dataPath)
                ? new Options(new Dictionary<string, string> { [DataFiles.PathMetadata] = dataPath })
                : GlobalOptions;

    private sealed class Options(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
