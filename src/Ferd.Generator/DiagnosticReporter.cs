using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// Attaches locations and the build's help links to the compile step's diagnostics. Kept apart
    /// from compilation so a moved attribute only moves its diagnostics.
    /// </summary>
    internal static class DiagnosticReporter
    {
        public static void Report(SourceProductionContext context, ImmutableArray<NetworkRequest> requests, ImmutableArray<CompileOutcome> outcomes, string helpUrl)
        {
            foreach (var outcome in outcomes)
            {
                var request = requests.FirstOrDefault(r => r.Options.Class.DisplayName == outcome.Key);
                if (request == null) continue;
                foreach (var info in outcome.Diagnostics)
                {
                    var descriptor = HelpLinks.For(info.Descriptor, helpUrl);
                    context.ReportDiagnostic(Diagnostic.Create(descriptor, Site(request, info.Site).ToLocation(), info.Arguments.ToArray<object>()));
                }
            }
        }

        private static LocationInfo Site(NetworkRequest request, DiagnosticSite site) => site switch
        {
            DiagnosticSite.ModelPath => request.ModelPathLocation,
            DiagnosticSite.ClassName => request.ClassNameLocation,
            _ => request.NamedArguments.FirstOrDefault(a => a.Name == AttributeProperties.PropertyOf(site))?.Location ?? request.AttributeLocation,
        };
    }
}
