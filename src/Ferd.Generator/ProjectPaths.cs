using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Project-relative paths as the build targets tag additional files with them and as attributes
    /// name them: compared with separators and case ignored, a leading "./" dropped.
    /// </summary>
    internal static class ProjectPaths
    {
        /// <summary>The path an additional file is tagged with under <paramref name="metadata"/>, or null when untagged.</summary>
        public static string? Tagged(AdditionalText text, AnalyzerConfigOptionsProvider options, string metadata) =>
            options.GetOptions(text).TryGetValue(metadata, out var path) && !string.IsNullOrWhiteSpace(path) ? Normalize(path) : null;

        public static bool Same(string normalized, string path) =>
            string.Equals(normalized, Normalize(path), StringComparison.OrdinalIgnoreCase);

        public static string Normalize(string path)
        {
            string normalized = path.Trim().Replace('\\', '/');
            while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
            return normalized;
        }
    }
}
