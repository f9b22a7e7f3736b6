using System;
using System.Linq;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Onnx;

namespace Ferd.Generator
{
    /// <summary>
    /// The one step that calls Engine: import, compress, emit. Every failure becomes a diagnostic;
    /// nothing escapes into the compiler.
    /// </summary>
    internal static class NetworkCompiler
    {
        public static CompileOutcome Compile(CompileInput input)
        {
            var options = input.Options;
            var target = options.Class.ToEmitTarget(options.ModelPath);
            string key = options.Class.DisplayName;
            string hintName = CSharpEmitter.HintName(target);

            var problem = Check(input);
            if (problem != null) return new CompileOutcome(key, hintName, null, Single(problem));

            try
            {
                var network = NetworkImporter.Import(Convert.FromBase64String(input.ModelBase64!));
                CSharpEmitter.RequireSize(network);
                var result = AfdeCompressor.Compress(network, options.Epsilon);
                string source = CSharpEmitter.Emit(result, target);
                return new CompileOutcome(key, hintName, source, Single(Report(key, result)));
            }
            catch (ModelException e)
            {
                return Failure(key, hintName, FerdDiagnostics.For(e.Kind).Id, options.ModelPath, e.Message);
            }
            catch (FormatException)
            {
                return Failure(key, hintName, FerdDiagnostics.InvalidOnnx.Id, options.ModelPath, "Its encoded copy in the intermediate output folder is damaged; rebuild the project.");
            }
            catch (Exception e)
            {
                return Failure(key, hintName, FerdDiagnostics.InternalError.Id, options.ModelPath, e.GetType().Name + ": " + e.Message);
            }
        }

        private static DiagnosticInfo? Check(CompileInput input)
        {
            var options = input.Options;
            if (options.NonPartialType != null)
                return DiagnosticInfo.Create(FerdDiagnostics.NotPartial.Id, DiagnosticSite.ClassName, options.Class.DisplayName, options.NonPartialType);
            if (double.IsNaN(options.Epsilon) || double.IsInfinity(options.Epsilon) || options.Epsilon < 0)
                return DiagnosticInfo.Create(FerdDiagnostics.InvalidOption.Id, DiagnosticSite.Epsilon, FloatLiteral.FormatDouble(options.Epsilon));
            if (input.ModelBase64 == null)
            {
                string known = input.KnownModels.Count == 0 ? "none" : string.Join(", ", input.KnownModels);
                return DiagnosticInfo.Create(FerdDiagnostics.ModelNotFound.Id, DiagnosticSite.ModelPath, options.ModelPath, known);
            }
            return null;
        }

        private static DiagnosticInfo Report(string key, CompressionResult result)
        {
            int before = result.Original.ParameterCount;
            int after = result.Compressed.ParameterCount;
            string kept = Invariant.Percent(after, before);
            string layers = string.Join(", ", result.Layers.Select(l => $"{Invariant.Int(l.NeuronsBefore)} -> {Invariant.Int(l.NeuronsAfter)}"));
            return DiagnosticInfo.Create(FerdDiagnostics.CompressionReport.Id, DiagnosticSite.ModelPath, key, Invariant.Int(before), Invariant.Int(after), kept, FloatLiteral.FormatDouble(result.Epsilon), layers);
        }

        private static CompileOutcome Failure(string key, string hintName, string id, string modelPath, string reason) =>
            new CompileOutcome(key, hintName, null, Single(DiagnosticInfo.Create(id, DiagnosticSite.ModelPath, modelPath, Sentence(reason))));

        /// <summary>Engine's message as a sentence between the diagnostic's own.</summary>
        private static string Sentence(string text)
        {
            if (text.Length == 0) return text;
            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
            return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
        }

        private static EquatableArray<DiagnosticInfo> Single(DiagnosticInfo diagnostic) => new EquatableArray<DiagnosticInfo>(new[] { diagnostic });
    }
}
