using System.Collections.Immutable;
using System.Linq;
using Ferd.Emit;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// Compiles each <c>[CompressedNetwork("model.onnx")]</c> class into a compressed forward pass.
    /// Pipeline: parse the attribute into a request → pair it with its model and data files (or the
    /// items whose file is missing) → compile (import, compress, emit; tracked as
    /// <see cref="TrackingNames.CompileNetwork"/>) → add source and report diagnostics. A refused network
    /// still gets its API, with members that throw. Steps hold plain records, so unrelated edits
    /// leave compression cached.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class CompressedNetworkGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var requests = context.SyntaxProvider
                .ForAttributeWithMetadataName(RequestParser.AttributeName, static (node, _) => node is Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax, RequestParser.Parse)
                .Where(static r => r != null)
                .Select(static (r, _) => r!)
                .WithTrackingName(TrackingNames.ParseAttribute);

            var models = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, token) => ModelFiles.Read(pair.Left, pair.Right, token))
                .Where(static m => m != null)
                .Select(static (m, _) => m!)
                .WithTrackingName(TrackingNames.ReadModelFile)
                .Collect();

            var data = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, token) => DataFiles.Read(pair.Left, pair.Right, token))
                .Where(static d => d != null)
                .Select(static (d, _) => d!)
                .WithTrackingName(TrackingNames.ReadDataFile)
                .Collect();

            var missing = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => MissingFiles.Read(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ReadMissingFiles);

            var outcomes = requests
                .Select(static (r, _) => r.Options)
                .Combine(models)
                .Combine(data)
                .Combine(missing)
                .Select(static (pair, _) => MissingFiles.Attach(DataFiles.Attach(ModelFiles.Match(pair.Left.Left.Left, pair.Left.Left.Right), pair.Left.Right), pair.Right))
                .WithTrackingName(TrackingNames.MatchFiles)
                .Select(static (input, _) => NetworkCompiler.Compile(input))
                .WithTrackingName(TrackingNames.CompileNetwork);

            context.RegisterSourceOutput(outcomes, static (spc, outcome) =>
            {
                if (outcome.Source != null) spc.AddSource(outcome.HintName, outcome.Source);
            });

            var anyNetwork = requests.Collect().Select(static (all, _) => all.Length > 0).WithTrackingName(TrackingNames.AnyNetwork);
            context.RegisterSourceOutput(anyNetwork, static (spc, any) =>
            {
                if (any) spc.AddSource(KernelSource.FerdMathHintName, KernelSource.FerdMath);
            });

            var helpUrl = context.AnalyzerConfigOptionsProvider
                .Select(static (options, _) => HelpLinks.Url(options.GlobalOptions))
                .WithTrackingName(TrackingNames.ReadHelpUrl);
            var sites = requests.Collect().Combine(outcomes.Collect()).Combine(helpUrl);
            context.RegisterSourceOutput(sites, static (spc, pair) => DiagnosticReporter.Report(spc, pair.Left.Left, pair.Left.Right, pair.Right));
        }
    }
}
