using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Reads the CSV files the build targets (build/Ferd.targets) tag as additional files with the
    /// <c>FerdDataPath</c> metadata, their project-relative path (or Link), and, where MSBuild does
    /// not run (Unity), untagged ones named <c>Name.Ferd.Generator.additionalfile</c>, the text of
    /// <c>Name.csv</c>. Other untagged additional files are not data: they are never read.
    /// </summary>
    internal static class DataFiles
    {
        public const string PathMetadata = "build_metadata.AdditionalFiles.FerdDataPath";

        public static DataFile? Read(AdditionalText text, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
        {
            string? projectPath = ProjectPaths.Tagged(text, options, PathMetadata);
            string? name = projectPath == null ? ProjectPaths.ByName(text, ".csv") : null;
            if (projectPath == null && name == null) return null;
            return new DataFile(projectPath ?? name!, text.GetText(cancellationToken)?.ToString() ?? "", ByName: projectPath == null);
        }

        /// <summary>Adds the text of the data files the options name; lists all data files when one is missing.</summary>
        public static CompileInput Attach(CompileInput input, ImmutableArray<DataFile> files)
        {
            var options = input.Options;
            var calibration = options.CalibrationData == null ? null : ProjectPaths.Find(files, options.CalibrationData);
            var validation = options.ValidationData == null ? null : ProjectPaths.Find(files, options.ValidationData);
            bool missing = (options.CalibrationData != null && calibration == null) || (options.ValidationData != null && validation == null);
            return input with
            {
                CalibrationText = calibration?.Text,
                ValidationText = validation?.Text,
                KnownData = missing ? ProjectPaths.Listing(files) : default,
            };
        }
    }
}
