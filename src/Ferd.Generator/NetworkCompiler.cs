using System;
using System.Linq;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// The one step that calls Engine: import, read the data files, compress, emit. Every failure
    /// becomes a diagnostic; nothing escapes into the compiler.
    /// </summary>
    internal static class NetworkCompiler
    {
        public static CompileOutcome Compile(CompileInput input)
        {
            var options = input.Options;
            var target = options.Class.ToEmitTarget(options.ModelPath) with { FastActivations = options.FastActivations };
            var refusal = new Refusal(options.Class.DisplayName, target);

            var problem = Check(input);
            if (problem != null) return refusal.Outcome(problem, null);

            Network? network = null;
            try
            {
                network = NetworkImporter.Import(Convert.FromBase64String(input.ModelBase64!));
                CSharpEmitter.RequireSize(network);
                var request = RequestBuilder.Build(input, network);
                var result = CompressionPipeline.Run(network, request);
                string source = CSharpEmitter.Emit(result, target with { Request = request });
                return new CompileOutcome(refusal.Key, refusal.HintName, source, Report(refusal.Key, result, request));
            }
            catch (DataFileException e)
            {
                return refusal.Outcome(DiagnosticInfo.Create(FerdDiagnostics.MalformedData, e.Site, e.Path, Sentence(e.Message)), network);
            }
            catch (BudgetException e)
            {
                var site = options.MaxParameters > 0 ? DiagnosticSite.MaxParameters : DiagnosticSite.MaxError;
                return refusal.Outcome(DiagnosticInfo.Create(FerdDiagnostics.BudgetNotMet, site, options.ModelPath, Sentence(e.Message)), network);
            }
            catch (ModelException e)
            {
                return refusal.Outcome(Failure(FerdDiagnostics.For(e.Kind), options.ModelPath, e.Message), network);
            }
            catch (FormatException)
            {
                return refusal.Outcome(Failure(FerdDiagnostics.InvalidOnnx, options.ModelPath, "Its encoded copy in the intermediate output folder is damaged; rebuild the project."), network);
            }
            catch (Exception e)
            {
                return refusal.Outcome(Failure(FerdDiagnostics.InternalError, options.ModelPath, e.GetType().Name + ": " + e.Message), network);
            }
        }

        private static DiagnosticInfo? Check(CompileInput input)
        {
            var options = input.Options;
            if (options.NonPartialType != null)
                return DiagnosticInfo.Create(FerdDiagnostics.NotPartial, DiagnosticSite.ClassName, options.Class.DisplayName, options.NonPartialType);
            if (CSharpEmitter.ClashingMember(options.Class.ClassName) is string member)
                return DiagnosticInfo.Create(FerdDiagnostics.ClassNameClash, DiagnosticSite.ClassName, options.Class.DisplayName, member);
            var invalid = InvalidOption(options);
            if (invalid != null) return invalid;
            if (input.ModelBase64 == null)
                return NotFound(input, FerdDiagnostics.ModelNotFound, FerdDiagnostics.ModelFileMissing, DiagnosticSite.ModelPath, options.ModelPath, input.KnownModels);
            if (options.CalibrationData != null && input.CalibrationText == null)
                return NotFound(input, FerdDiagnostics.DataNotFound, FerdDiagnostics.DataFileMissing, DiagnosticSite.CalibrationData, options.CalibrationData, input.KnownData);
            if (options.ValidationData != null && input.ValidationText == null)
                return NotFound(input, FerdDiagnostics.DataNotFound, FerdDiagnostics.DataFileMissing, DiagnosticSite.ValidationData, options.ValidationData, input.KnownData);
            return null;
        }

        /// <summary>A file no item matches lists the files found; an item whose file is gone names where it was looked for.</summary>
        private static DiagnosticInfo NotFound(CompileInput input, DiagnosticDescriptor noItem, DiagnosticDescriptor noFile, DiagnosticSite site, string path, EquatableArray<string> known) =>
            MissingFiles.Find(input.MissingFiles, path) is { } missing
                ? DiagnosticInfo.Create(noFile, site, missing.ProjectPath, missing.FullPath)
                : DiagnosticInfo.Create(noItem, site, path, Listing(known));

        /// <summary>The first option whose value cannot run, as FERD007: the option, its value, and what to use instead.</summary>
        private static DiagnosticInfo? InvalidOption(NetworkOptions options)
        {
            if (options.UnreadableOption is string name && Enum.TryParse(name, out DiagnosticSite unreadable))
                return Invalid(unreadable, "(a value Ferd cannot read)", "Use a literal or a constant of your own code; constants of generated classes do not exist yet when Ferd reads the attribute.");
            string epsilon = FloatLiteral.FormatDouble(options.Epsilon);
            string maxError = FloatLiteral.FormatDouble(options.MaxError);
            if (!IsFiniteAtLeastZero(options.Epsilon))
                return Invalid(DiagnosticSite.Epsilon, epsilon, "Use a finite number >= 0 (0 merges exact copies only).");
            if (options.MaxParameters < 0)
                return Invalid(DiagnosticSite.MaxParameters, Invariant.Int(options.MaxParameters), "Use a positive number of parameters, or 0 for no budget.");
            if (!IsFiniteAtLeastZero(options.MaxError))
                return Invalid(DiagnosticSite.MaxError, maxError, "Use a finite root-mean-square error > 0, or 0 for no budget.");
            if (options.MaxParameters > 0 && options.MaxError > 0)
                return Invalid(DiagnosticSite.MaxError, maxError, "Give either MaxParameters or MaxError, not both.");
            if (options.MaxError > 0 && options.ValidationData == null && options.CalibrationData == null)
                return Invalid(DiagnosticSite.MaxError, maxError, "An error budget is measured on data: set ValidationData, or CalibrationData to measure against the original network.");
            if (options.ValidationData != null && options.MaxError == 0)
                return Invalid(DiagnosticSite.ValidationData, "'" + options.ValidationData + "'", "Validation data only measures MaxError: set MaxError, or remove ValidationData.");
            return null;
        }

        private static DiagnosticInfo Invalid(DiagnosticSite site, string value, string remedy) =>
            DiagnosticInfo.Create(FerdDiagnostics.InvalidOption, site, site.ToString(), value, remedy);

        private static bool IsFiniteAtLeastZero(double value) => !double.IsNaN(value) && !double.IsInfinity(value) && value >= 0;

        private static string Listing(EquatableArray<string> paths) => paths.Count == 0 ? "none" : string.Join(", ", paths);

        private static DiagnosticInfo Report(string key, CompressionResult result, CompressionRequest request)
        {
            int before = result.Original.ParameterCount;
            int after = result.Compressed.ParameterCount;
            string kept = Invariant.Percent(after, before);
            string layers = string.Join(", ", result.Layers.Select(l => $"{Invariant.Int(l.NeuronsBefore)} -> {Invariant.Int(l.NeuronsAfter)}"));
            var notes = new[]
            {
                CompressionWording.EpsilonChoice(request) is { } choice ? "Epsilon " + choice : null,
                result.Calibrated ? "refit to the calibration data" : null,
                result.DeviationBound is double bound ? "certified max deviation <= " + CompressionWording.Bound(bound) + " over the calibration data's range" : null,
            };
            string extra = string.Concat(notes.Where(n => n != null).Select(n => "; " + n));
            return DiagnosticInfo.Create(FerdDiagnostics.CompressionReport, DiagnosticSite.ModelPath, key, Invariant.Int(before), Invariant.Int(after), kept, FloatLiteral.FormatDouble(result.Epsilon), layers, extra);
        }

        private static DiagnosticInfo Failure(DiagnosticDescriptor descriptor, string modelPath, string reason) =>
            DiagnosticInfo.Create(descriptor, DiagnosticSite.ModelPath, modelPath, Sentence(reason));

        /// <summary>Engine's message as a sentence between the diagnostic's own.</summary>
        private static string Sentence(string text)
        {
            if (text.Length == 0) return text;
            text = char.ToUpperInvariant(text[0]) + text.Substring(1);
            return text.EndsWith(".", StringComparison.Ordinal) ? text : text + ".";
        }
    }
}
