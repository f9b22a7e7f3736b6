using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Unity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Project-relative paths as the build targets tag additional files with them and as attributes
    /// name them: compared with separators and case ignored, a leading "./" dropped. A file known only
    /// by its name (Unity's additional files) matches any path ending in that name.
    /// </summary>
    internal static class ProjectPaths
    {
        /// <summary>The path an additional file is tagged with under <paramref name="metadata"/>, or null when untagged.</summary>
        public static string? Tagged(AdditionalText text, AnalyzerConfigOptionsProvider options, string metadata) =>
            options.GetOptions(text).TryGetValue(metadata, out var path) && !string.IsNullOrWhiteSpace(path) ? Normalize(path) : null;

        /// <summary>The file name, with <paramref name="extension"/>, an additional file stands for by its own name; null for a file not named so.</summary>
        public static string? ByName(AdditionalText text, string extension) =>
            FerdAdditionalFiles.Stem(text.Path) is string stem ? stem + extension : null;

        public static bool Same(string normalized, string path) =>
            string.Equals(normalized, Normalize(path), StringComparison.OrdinalIgnoreCase);

        /// <summary>The file an attribute's path names; a tagged file (the MSBuild route) before one known by name.</summary>
        public static T? Find<T>(IEnumerable<T> files, string path)
            where T : class, IVisibleFile =>
            files.OrderBy(f => f.ByName).FirstOrDefault(f => Names(f, path));

        /// <summary>The files as a diagnostic lists them, sorted: project paths, and the names of files known by name.</summary>
        public static EquatableArray<string> Listing(IEnumerable<IVisibleFile> files) =>
            new EquatableArray<string>(files.Select(f => f.ByName ? FerdAdditionalFiles.For(f.ProjectPath) : f.ProjectPath).OrderBy(p => p, StringComparer.Ordinal));

        public static string Normalize(string path)
        {
            string normalized = path.Trim().Replace('\\', '/');
            while (normalized.StartsWith("./", StringComparison.Ordinal)) normalized = normalized.Substring(2);
            return normalized;
        }

        private static bool Names(IVisibleFile file, string path) =>
            Same(file.ProjectPath, path) || (file.ByName && Normalize(path).EndsWith("/" + file.ProjectPath, StringComparison.OrdinalIgnoreCase));
    }
}
