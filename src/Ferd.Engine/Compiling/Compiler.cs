using System.Collections.Generic;
using Ferd.Emit;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Compiling
{
    /// <summary>
    /// The one way from a model and a user's settings to a compressed network and its code, which the
    /// source generator and every CLI verb that compresses call: check the settings, import the model,
    /// check its size for generated code, read the data, compress (ε given or searched for a budget),
    /// and emit. Every user mistake comes back as a <see cref="RequestProblem"/>; any exception that
    /// escapes is a bug.
    /// </summary>
    public static class Compiler
    {
        /// <summary>
        /// Networks with more parameters than this get no generated code (<see cref="ModelErrorKind.TooLarge"/>).
        /// Large layers keep their floats in string literals (<see cref="FloatBitsLiteral"/>), 4 bytes
        /// each in the assembly's string heap, which the metadata format caps at 16 MiB (16,777,215
        /// bytes) for the whole assembly: 4,000,000 parameters take 16,000,000 bytes and leave about
        /// 0.7 MiB for the project's other string literals.
        /// </summary>
        public const int MaxParameters = 4_000_000;

        /// <summary>The problems of the settings alone, as <see cref="SettingsRules"/> finds them.</summary>
        public static IReadOnlyList<RequestProblem> Check(CompileSettings settings) => SettingsRules.Problems(settings);

        /// <summary>
        /// Compiles <paramref name="model"/> (ONNX bytes). With a <paramref name="code"/> target the
        /// network must fit <see cref="MaxParameters"/> (checked before compressing) and the result
        /// carries its C# source.
        /// </summary>
        public static Compiled Compile(byte[] model, CompileSettings settings, EmitTarget? code = null)
        {
            var problems = Check(settings);
            if (problems.Count > 0) return new Compiled(problems);
            Network? network = null;
            try
            {
                network = NetworkImporter.Import(model, settings.Output);
                if (code != null) RequireSize(network);
                var request = RequestReader.Read(settings, network);
                var result = CompressionPipeline.Run(network, request);
                string? source = code == null ? null : CSharpEmitter.Emit(result, code with { Request = request });
                return new Compiled(result, request, source);
            }
            catch (ModelException e)
            {
                return new Compiled(new[] { new RequestProblem(ProblemKind.Model, e.Message) { ModelError = e.Kind } }, network);
            }
            catch (DataProblemException e)
            {
                return new Compiled(new[] { e.Problem }, network);
            }
            catch (BudgetException e)
            {
                var budget = settings.MaxParameters.HasValue ? RequestOption.MaxParameters : RequestOption.MaxError;
                return new Compiled(new[] { new RequestProblem(ProblemKind.Budget, e.Message, budget) }, network);
            }
        }

        /// <summary>Refuses a network beyond <see cref="MaxParameters"/> for generated code.</summary>
        private static void RequireSize(Network network)
        {
            if (network.ParameterCount > MaxParameters)
                throw new ModelException(ModelErrorKind.TooLarge, $"The network has {Invariant.Int(network.ParameterCount)} parameters; Ferd compiles at most {Invariant.Int(MaxParameters)}, whose weights fill most of the 16 MiB an assembly holds in string literals.");
        }
    }
}
