using System;
using System.Linq;
using Ferd.Compiling;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Unity;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator
{
    /// <summary>
    /// The one step that calls Engine: what only the generator can know (the class's shape, which
    /// additional files were found) is checked here; everything else is Engine's
    /// <see cref="Compiler"/>, whose problems become FERD diagnostics. Nothing escapes into the compiler.
    /// </summary>
    internal static class NetworkCompiler
    {
        public static CompileOutcome Compile(CompileInput input)
        {
            var options = input.Options;
            var target = options.Class.ToEmitTarget(options.ModelPath) with { FastActivations = options.FastActivations, Vectorize = options.Vectorize };
            var refusal = new Refusal(options.Class.DisplayName, target);

            var settings = Settings(input);
            var problem = Check(input, settings);
            if (problem != null) return refusal.Outcome(problem, null);

            try
            {
                var compiled = Compiler.Compile(Convert.FromBase64String(input.ModelBase64!), settings, target);
                if (!compiled.Succeeded) return refusal.Outcome(compiled.Problems.Select(p => Diagnostic(p, options)).ToArray(), compiled.Original);
                return new CompileOutcome(refusal.Key, refusal.HintName, compiled.Source, Report(refusal.Key, compiled.Result!, compiled.Request!));
            }
            catch (FormatException)
            {
                return refusal.Outcome(new[] { Failure(FerdDiagnostics.InvalidOnnx, options.ModelPath, "Its encoded copy in the intermediate output folder is damaged; rebuild the project.") }, null);
            }
            catch (Exception e)
            {
                return refusal.Outcome(new[] { Failure(FerdDiagnostics.InternalError, options.ModelPath, e.GetType().Name + ": " + e.Message) }, null);
            }
        }

        /// <summary>The attribute's options as Engine takes them: a budget of 0 is no budget, as the attribute documents.</summary>
        private static CompileSettings Settings(CompileInput input)
        {
            var options = input.Options;
            return new CompileSettings
            {
                Epsilon = options.Epsilon,
                MaxParameters = options.MaxParameters != 0 ? options.MaxParameters : null,
                MaxError = options.MaxError != 0 ? options.MaxError : null,
                Calibration = options.CalibrationData == null ? null : new DataText(options.CalibrationData, input.CalibrationText ?? ""),
                Validation = options.ValidationData == null ? null : new DataText(options.ValidationData, input.ValidationText ?? ""),
                Output = options.Output,
            };
        }

        /// <summary>The class's shape, the attribute's readability, the settings, then the files, in the order a user fixes them.</summary>
        private static DiagnosticInfo[]? Check(CompileInput input, CompileSettings settings)
        {
            var options = input.Options;
            if (options.NonPartialType != null)
                return new[] { DiagnosticInfo.Create(FerdDiagnostics.NotPartial, DiagnosticSite.ClassName, options.Class.DisplayName, options.NonPartialType) };
            if (CSharpEmitter.ClashingMember(options.Class.ClassName) is string member)
                return new[] { DiagnosticInfo.Create(FerdDiagnostics.ClassNameClash, DiagnosticSite.ClassName, options.Class.DisplayName, member) };
            if (options.UnreadableOption is string name && AttributeProperties.SiteOf(name) is DiagnosticSite unreadable)
                return new[] { DiagnosticInfo.Create(FerdDiagnostics.InvalidOption, unreadable, name + " has a value Ferd cannot read.", " Use a literal or a constant of your own code; constants of generated classes do not exist yet when Ferd reads the attribute.") };
            var problems = Compiler.Check(settings);
            if (problems.Count > 0) return problems.Select(p => Diagnostic(p, options)).ToArray();
            if (input.ModelBase64 == null)
                return new[] { NotFound(input, FerdDiagnostics.ModelNotFound, FerdDiagnostics.ModelFileMissing, DiagnosticSite.ModelPath, options.ModelPath, input.KnownModels) };
            if (options.CalibrationData != null && input.CalibrationText == null)
                return new[] { NotFound(input, FerdDiagnostics.DataNotFound, FerdDiagnostics.DataFileMissing, DiagnosticSite.CalibrationData, options.CalibrationData, input.KnownData) };
            if (options.ValidationData != null && input.ValidationText == null)
                return new[] { NotFound(input, FerdDiagnostics.DataNotFound, FerdDiagnostics.DataFileMissing, DiagnosticSite.ValidationData, options.ValidationData, input.KnownData) };
            return null;
        }

        /// <summary>
        /// A file no item matches lists the files found and names the additional file Unity would need;
        /// an item whose file is gone names where it was looked for.
        /// </summary>
        private static DiagnosticInfo NotFound(CompileInput input, DiagnosticDescriptor noItem, DiagnosticDescriptor noFile, DiagnosticSite site, string path, EquatableArray<string> known) =>
            MissingFiles.Find(input.MissingFiles, path) is { } missing
                ? DiagnosticInfo.Create(noFile, site, missing.ProjectPath, missing.FullPath)
                : DiagnosticInfo.Create(noItem, site, path, Listing(known), FerdAdditionalFiles.For(FileName(path)));

        private static string FileName(string path)
        {
            string normalized = ProjectPaths.Normalize(path);
            return normalized.Substring(normalized.LastIndexOf('/') + 1);
        }

        /// <summary>Engine's problem as the attribute's diagnostic, at the argument of the setting at fault.</summary>
        private static DiagnosticInfo Diagnostic(RequestProblem problem, NetworkOptions options)
        {
            var site = problem.Options.Length > 0 ? Site(problem.Options[0]) : DiagnosticSite.ModelPath;
            string sentence = problem.ToString();
            switch (problem.Kind)
            {
                case ProblemKind.Option:
                    // In the attribute a budget of 0 means none: said where a budget's value alone is at fault.
                    bool budgetValue = problem.Options.Length == 1 && site is DiagnosticSite.MaxParameters or DiagnosticSite.MaxError;
                    string hint = budgetValue ? " Use 0 for no budget." : "";
                    return DiagnosticInfo.Create(FerdDiagnostics.InvalidOption, site, sentence, hint);
                case ProblemKind.Data:
                    return DiagnosticInfo.Create(FerdDiagnostics.MalformedData, site, problem.Path!, Sentence(problem.Sentence));
                case ProblemKind.Budget:
                    return DiagnosticInfo.Create(FerdDiagnostics.BudgetNotMet, site, options.ModelPath, Sentence(problem.Sentence));
                default:
                    return Failure(FerdDiagnostics.For(problem.ModelError ?? ModelErrorKind.InvalidOnnx), options.ModelPath, problem.Sentence);
            }
        }

        /// <summary>The site of a setting Engine names: its named argument.</summary>
        private static DiagnosticSite Site(RequestOption option) => option switch
        {
            RequestOption.Epsilon => DiagnosticSite.Epsilon,
            RequestOption.MaxParameters => DiagnosticSite.MaxParameters,
            RequestOption.MaxError => DiagnosticSite.MaxError,
            RequestOption.CalibrationData => DiagnosticSite.CalibrationData,
            _ => DiagnosticSite.ValidationData,
        };

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
                result.PriorCalibrated ? "lumped and refit on rows drawn from the model's input normalizer" : null,
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
