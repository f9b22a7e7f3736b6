using System;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Reads the build property <c>FerdMissingFiles</c>: the model and CSV items the build targets
    /// left out because their file does not exist, as <c>project path|full path|project path|…</c>
    /// (the .editorconfig it reaches the generator through ends a value at ';' or '#'). A request
    /// naming one is told the file is missing rather than that no item matches.
    /// </summary>
    internal static class MissingFiles
    {
        public const string Property = "build_property.FerdMissingFiles";

        public static EquatableArray<MissingFile> Read(AnalyzerConfigOptions globalOptions)
        {
            if (!globalOptions.TryGetValue(Property, out var value) || string.IsNullOrWhiteSpace(value)) return default;
            string[] paths = value.Split(new[] { '|' }, StringSplitOptions.RemoveEmptyEntries);
            var files = Enumerable.Range(0, paths.Length / 2)
                .Select(i => new MissingFile(ProjectPaths.Normalize(paths[2 * i]), paths[2 * i + 1].Trim()));
            return new EquatableArray<MissingFile>(files);
        }

        /// <summary>Adds the missing files among those the options name, and only those, so other items leave compression cached.</summary>
        public static CompileInput Attach(CompileInput input, EquatableArray<MissingFile> missing)
        {
            var options = input.Options;
            var named = missing.Where(f => Names(f, options.ModelPath) || Names(f, options.CalibrationData) || Names(f, options.ValidationData));
            return input with { MissingFiles = new EquatableArray<MissingFile>(named) };
        }

        /// <summary>The missing file at a project-relative path, or null.</summary>
        public static MissingFile? Find(EquatableArray<MissingFile> missing, string path) =>
            missing.FirstOrDefault(f => Names(f, path));

        private static bool Names(MissingFile file, string? path) => path != null && ProjectPaths.Same(file.ProjectPath, path);
    }
}
