using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Reads the models the build targets (build/Ferd.targets) add as additional files: base64
    /// text tagged with the <c>FerdModelPath</c> metadata, the original project-relative path.
    /// </summary>
    internal static class ModelFiles
    {
        public const string PathMetadata = "build_metadata.AdditionalFiles.FerdModelPath";

        public static ModelFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            string? projectPath = ProjectPaths.Tagged(text, options, PathMetadata);
            if (projectPath == null) return null;
            string content = text.GetText(cancellationToken)?.ToString() ?? "";
            return new ModelFile(projectPath, content.Trim());
        }

        /// <summary>Pairs a request with its model, by project-relative path (separators and case ignored).</summary>
        public static CompileInput Match(NetworkOptions options, ImmutableArray<ModelFile> models)
        {
            var model = models.FirstOrDefault(m => ProjectPaths.Same(m.ProjectPath, options.ModelPath));
            return model != null
                ? new CompileInput(options, model.Base64, default)
                : new CompileInput(options, null, new EquatableArray<string>(models.Select(m => m.ProjectPath).OrderBy(p => p, StringComparer.Ordinal)));
        }
    }
}
