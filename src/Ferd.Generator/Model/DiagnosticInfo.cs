using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// A diagnostic as plain values; the location and the build's help link are attached when it
    /// is reported. A descriptor is immutable and compares by value, so it caches like a string.
    /// </summary>
    internal sealed record DiagnosticInfo(DiagnosticDescriptor Descriptor, DiagnosticSite Site, EquatableArray<string> Arguments)
    {
        public string Id => Descriptor.Id;

        /// <summary>The message as the diagnostic will read, for text that repeats it.</summary>
        public string Message =>
            string.Format(CultureInfo.InvariantCulture, Descriptor.MessageFormat.ToString(CultureInfo.InvariantCulture), Arguments.ToArray<object>());

        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, DiagnosticSite site, params string[] arguments) =>
            new DiagnosticInfo(descriptor, site, new EquatableArray<string>(arguments));
    }
}
