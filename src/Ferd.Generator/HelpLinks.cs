using System.Collections.Concurrent;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Ferd.Generator
{
    /// <summary>
    /// Where diagnostics' help links point: the README named by the build property
    /// <c>FerdHelpUrl</c> (the package's targets default it to the README.md in the installed
    /// package), or <see cref="FerdDiagnostics.DefaultHelpUrl"/> without one. Each link is the
    /// README's URL and the anchor of the id's row, <c>#ferd0NN</c>.
    /// </summary>
    internal static class HelpLinks
    {
        public const string Property = "build_property.FerdHelpUrl";

        // Descriptors are immutable and a build has one README, so each is made once per URL,
        // shared by every compilation the compiler server runs.
        private static readonly ConcurrentDictionary<(string Url, DiagnosticDescriptor Descriptor), DiagnosticDescriptor> Cache = new();

        public static string Url(AnalyzerConfigOptions globalOptions) =>
            globalOptions.TryGetValue(Property, out var url) && !string.IsNullOrWhiteSpace(url) ? url.Trim() : FerdDiagnostics.DefaultHelpUrl;

        public static string Link(string url, string id) => url + "#" + id.ToLowerInvariant();

        /// <summary><paramref name="descriptor"/> linking into the README at <paramref name="url"/>.</summary>
        public static DiagnosticDescriptor For(DiagnosticDescriptor descriptor, string url) =>
            url == FerdDiagnostics.DefaultHelpUrl ? descriptor : Cache.GetOrAdd((url, descriptor), static key => new DiagnosticDescriptor(
                key.Descriptor.Id,
                key.Descriptor.Title,
                key.Descriptor.MessageFormat,
                key.Descriptor.Category,
                key.Descriptor.DefaultSeverity,
                key.Descriptor.IsEnabledByDefault,
                key.Descriptor.Description,
                Link(key.Url, key.Descriptor.Id),
                key.Descriptor.CustomTags.ToArray()));
    }
}
