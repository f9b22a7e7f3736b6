using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// Turns a compressed network into C# source: the attributed partial class's public API
    /// (constants, <c>Predict</c>, <c>PredictBatch</c>), which checks its arguments and calls the
    /// forward pass, and the pass itself in a class of its own in <see cref="PassNamespace"/>, with
    /// using directives so it reads like hand-written code (as the Regex generator does). The pass
    /// holds both back ends of one <see cref="EmitPlan"/>: .NET 8 (<see cref="Net8BackEnd"/>) and
    /// portable (<see cref="PortableBackEnd"/>), chosen by <c>#if NET8_0_OR_GREATER</c>. Plain text,
    /// deterministic, culture-invariant and valid C# 9 (no file-scoped namespaces), so Unity projects
    /// compile it.
    /// </summary>
    public static class CSharpEmitter
    {
        /// <summary>
        /// The members generated on the user's class. C# forbids a member named like its class, so a
        /// class of one of these names cannot take them; the generator says so before emitting.
        /// </summary>
        public static readonly IReadOnlyList<string> PublicMembers = new[]
        {
            "InputCount", "OutputCount", "ParameterCount", "OriginalParameterCount", "Predict", "PredictBatch", "PredictClass",
        };

        /// <summary>
        /// Layers with at least this many weights are streamed (<see cref="LayerPlan.Streamed"/>: their
        /// weights as float bits in string literals, looped over). Measured on one row of square
        /// identity layers, .NET 8 pass, three runs (docs/PERFORMANCE.md, "Large layers"): below it the register-resident column form is 10–70% faster (64×64: 136–147 ns
        /// against 178–240), from 256×256 on the two forms are within 0–20% of each other (256×256:
        /// 3.1–3.6 µs both) while the column form costs 32 bytes of source per weight against 6.
        /// </summary>
        public const int StreamedMinWeights = 65_536;

        /// <summary>The namespace of every generated forward pass, beside <c>Ferd.Generated.FerdMath</c>.</summary>
        public const string PassNamespace = "Ferd.Generated.Networks";

        public static string Emit(CompressionResult result, EmitTarget target)
        {
            var network = result.Compressed;
            FloatWeights.Require(network);
            // The back ends compute the layers; a stage and head around them go into the pass's Run.
            var plan = new EmitPlan(network.Trunk, target.FastActivations, PassClass(target), target.Vectorize, target.StreamedMinWeights);

            var code = new CodeWriter();
            CompressionHeader.Write(code, result, target);
            GeneratedClass.Write(code, target, () => WriteMembers(code, result, plan, network));
            code.Line();
            WritePass(code, plan, target, network);
            return code.ToString();
        }

        /// <summary>A file name for the generated source, unique per class.</summary>
        public static string HintName(EmitTarget target)
        {
            var parts = new[] { target.Namespace ?? "" }
                .Concat(target.ContainingTypes.Select(t => t.Name))
                .Append(target.ClassName)
                .Where(p => p.Length > 0)
                .Select(p => new string(p.Select(c => char.IsLetterOrDigit(c) || c == '_' ? c : '_').ToArray()));
            return string.Join(".", parts) + ".g.cs";
        }

        /// <summary>The generated public member a class of this name would clash with, or null.</summary>
        public static string? ClashingMember(string className) =>
            PublicMembers.FirstOrDefault(member => member == SimpleName(className));

        /// <summary>The forward pass's class: the hint name's parts joined, unique per attributed class.</summary>
        private static string PassClass(EmitTarget target)
        {
            string hint = HintName(target);
            return hint.Substring(0, hint.Length - ".g.cs".Length).Replace('.', '_');
        }

        // "Brain<T>" → "Brain", "@static" → "static": the identifier C# compares member names with.
        private static string SimpleName(string className)
        {
            int generic = className.IndexOf('<');
            return (generic < 0 ? className : className.Substring(0, generic)).TrimStart('@');
        }

        private static void WriteMembers(CodeWriter code, CompressionResult result, EmitPlan plan, Network network)
        {
            string pass = "global::" + PassNamespace + "." + plan.PassClass;
            string forward = pass + (network.HasEnds ? ".Run" : ".Forward"), forwardBatch = pass + (network.HasEnds ? ".RunBatch" : ".ForwardBatch");
            string type = NetworkEnds.OutputType(network);
            int inputs = network.InputCount;
            int outputs = network.OutputCount;
            GeneratedClass.WriteConstants(code, inputs, outputs, network.ParameterCount, result.Original.ParameterCount);
            InputMembers.WriteLengths(code, network);

            GeneratedClass.OpenPredict(code, type);
            RequireLength(code, "input", inputs, "input value", "InputCount");
            RequireLength(code, "output", outputs, "output value", "OutputCount");
            code.Line($"{forward}(input, output);");
            code.Close();
            code.Line();

            if (outputs == 1)
            {
                GeneratedClass.OpenPredictSingle(code, type);
                RequireLength(code, "input", inputs, "input value", "InputCount");
                code.Line($"global::System.Span<{type}> output = stackalloc {type}[1];");
                code.Line($"{forward}(input, output);");
                code.Line("return output[0];");
                code.Close();
                code.Line();
            }
            InputMembers.WritePredictPerInput(code, network, type);
            InputMembers.WritePredictClass(code, network, pass);

            GeneratedClass.OpenPredictBatch(code, type);
            string inputCount = Invariant.Int(inputs), outputCount = Invariant.Int(outputs);
            code.Open($"if (inputs.Length % {inputCount} != 0)");
            code.Line("throw new global::System.ArgumentException(");
            code.Line($"    \"Expected a multiple of {inputCount} input values (InputCount per row), got \" + inputs.Length + \".\", nameof(inputs));");
            code.Close();
            code.Line($"int rows = inputs.Length / {inputCount};");
            code.Open($"if (outputs.Length != rows * {outputCount})");
            code.Line("throw new global::System.ArgumentException(");
            code.Line($"    \"Expected \" + rows * {outputCount} + \" output values (OutputCount per row), got \" + outputs.Length + \".\", nameof(outputs));");
            code.Close();
            code.Line($"{forwardBatch}(inputs, outputs, rows);");
            code.Close();
        }

        private static void WritePass(CodeWriter code, EmitPlan plan, EmitTarget target, Network network)
        {
            code.Open($"namespace {PassNamespace}");
            foreach (string ns in new[] { "System", "System.Numerics", "System.Runtime.CompilerServices", "System.Runtime.InteropServices" })
                code.Line($"using global::{ns};");
            code.Directive(ModernRuntime);
            code.Line("using global::System.Runtime.Intrinsics;");
            code.Line("using global::System.Runtime.Intrinsics.X86;");
            code.Directive("#endif");
            code.Line();
            code.Line($"/// <summary>The forward pass of <see cref=\"{Cref(target)}\"/>.</summary>");
            code.Line(GeneratedClass.GeneratedCode);
            code.Open($"internal static class {plan.PassClass}");
            if (!plan.Vectorize)
            {
                // Asked for scalar code: the portable pass, fully unrolled, on every target.
                PortableBackEnd.Write(code, plan);
            }
            else
            {
                // .NET 8 and later get 256- or 512-bit vectors and column-major weights; older targets (Unity,
                // netstandard2.1) keep System.Numerics.Vector<float> dot products and C# 9.
                code.Directive(ModernRuntime);
                Net8BackEnd.Write(code, plan);
                code.Directive("#else");
                PortableBackEnd.Write(code, plan);
                code.Directive("#endif");
            }
            if (network.HasEnds) NetworkEnds.Write(code, network);
            LayerData.Write(code, plan);
            code.Close();
            code.Close();
        }

        private const string ModernRuntime = "#if NET8_0_OR_GREATER";

        // The attributed class as a cref: "global::Game.Outer.Field"; generic arguments as {T}.
        private static string Cref(EmitTarget target)
        {
            var parts = new[] { target.Namespace }.Concat(target.ContainingTypes.Select(t => t.Name)).Append(target.ClassName)
                .Where(p => p != null).Select(p => p!.Replace('<', '{').Replace('>', '}'));
            return "global::" + string.Join(".", parts);
        }

        internal static void RequireLength(CodeWriter code, string parameter, int expected, string noun, string constant)
        {
            string count = Invariant.Int(expected);
            code.Open($"if ({parameter}.Length != {count})");
            code.Line("throw new global::System.ArgumentException(");
            code.Line($"    \"Expected {Wording.Count(expected, noun)} ({constant}), got \" + {parameter}.Length + \".\", nameof({parameter}));");
            code.Close();
        }
    }
}
