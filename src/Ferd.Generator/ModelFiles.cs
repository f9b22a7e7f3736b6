using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Reads the models the build targets (build/Ferd.targets) add as additional files: base64
    /// text tagged with the <c>FerdModelPath</c> metadata, the original project-relative path.
    /// Where MSBuild does not run (Unity), an untagged <c>Name.Ferd.Generator.additionalfile</c>
    /// holds the base64 of <c>Name.onnx</c>.
    /// </summary>
    internal static class ModelFiles
    {
        public const string PathMetadata = "build_metadata.AdditionalFiles.FerdModelPath";

        public static ModelFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            string? projectPath = ProjectPaths.Tagged(text, options, PathMetadata);
            string? name = projectPath == null ? ProjectPaths.ByName(text, ".onnx") : null;
            if (projectPath == null && name == null) return null;
            string content = text.GetText(cancellationToken)?.ToString() ?? "";
            return new ModelFile(projectPath ?? name!, content.Trim(), ByName: projectPath == null);
        }

        /// <summary>Pairs a request with its model, by project-relative path (separators and case ignored) or file name.</summary>
        public static CompileInput Match(NetworkOptions options, ImmutableArray<ModelFile> models) =>
            ProjectPaths.Find(models, options.ModelPath) is { } model
                ? new CompileInput(options, model.Base64, default)
                : new CompileInput(options, null, ProjectPaths.Listing(models));
    }
}
