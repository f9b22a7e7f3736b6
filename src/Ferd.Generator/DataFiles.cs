using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Reads the CSV files the build targets (build/Ferd.targets) tag as additional files with the
    /// <c>FerdDataPath</c> metadata, their project-relative path (or Link). Untagged additional
    /// files are not data: they are never read.
    /// </summary>
    internal static class DataFiles
    {
        public const string PathMetadata = "build_metadata.AdditionalFiles.FerdDataPath";

        public static DataFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            string? projectPath = ProjectPaths.Tagged(text, options, PathMetadata);
            return projectPath == null ? null : new DataFile(projectPath, text.GetText(cancellationToken)?.ToString() ?? "");
        }

        /// <summary>Adds the text of the data files the options name; lists all data files when one is missing.</summary>
        public static CompileInput Attach(CompileInput input, ImmutableArray<DataFile> files)
        {
            var options = input.Options;
            var calibration = options.CalibrationData == null ? null : Find(options.CalibrationData, files);
            var validation = options.ValidationData == null ? null : Find(options.ValidationData, files);
            bool missing = (options.CalibrationData != null && calibration == null) || (options.ValidationData != null && validation == null);
            return input with
            {
                CalibrationText = calibration?.Text,
                ValidationText = validation?.Text,
                KnownData = missing ? Paths(files) : default,
            };
        }

        /// <summary>The file at a project-relative path (separators and case ignored), or null.</summary>
        private static DataFile? Find(string path, ImmutableArray<DataFile> files) =>
            files.FirstOrDefault(f => ProjectPaths.Same(f.ProjectPath, path));

        /// <summary>The paths of all data files, sorted, for a diagnostic about one that is missing.</summary>
        private static EquatableArray<string> Paths(ImmutableArray<DataFile> files) =>
            new EquatableArray<string>(files.Select(f => f.ProjectPath).OrderBy(p => p, StringComparer.Ordinal));
    }
}
