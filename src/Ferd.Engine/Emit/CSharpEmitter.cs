using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// Turns a compressed network into the C# source of its attributed partial class: constants,
    /// <c>Predict</c>, <c>PredictBatch</c>, and a nested class holding the forward pass, one method
    /// per layer. Plain text, deterministic, culture-invariant and valid C# 9 (no file-scoped
    /// namespaces), so Unity projects compile it.
    /// </summary>
    public static class CSharpEmitter
    {
        /// <summary>
        /// The members generated on the user's class. C# forbids a member named like its class, so a
        /// class of one of these names cannot take them; the generator says so before emitting.
        /// </summary>
        public static readonly IReadOnlyList<string> PublicMembers = new[]
        {
            "InputCount", "OutputCount", "ParameterCount", "OriginalParameterCount", "Predict", "PredictBatch",
        };

        public static string Emit(CompressionResult result, EmitTarget target)
        {
            var network = result.Compressed;
            FloatWeights.Require(network);

            var code = new CodeWriter();
            CompressionHeader.Write(code, result, target);
            GeneratedClass.Write(code, target, () => WriteMembers(code, result, target));
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

        // The forward pass's helpers (Forward, Run1, Layer1, Dot…) live in a nested class, so no
        // class name can clash with them; only the nested class's own name must differ from it.
        private static string PassClass(EmitTarget target) =>
            SimpleName(target.ClassName) == "ForwardPass" ? "ForwardPass_" : "ForwardPass";

        // "Brain<T>" → "Brain", "@static" → "static": the identifier C# compares member names with.
        private static string SimpleName(string className)
        {
            int generic = className.IndexOf('<');
            return (generic < 0 ? className : className.Substring(0, generic)).TrimStart('@');
        }

        private static void WriteMembers(CodeWriter code, CompressionResult result, EmitTarget target)
        {
            var network = result.Compressed;
            string pass = PassClass(target);
            string inputs = Invariant.Int(network.InputCount);
            string outputs = Invariant.Int(network.OutputCount);
            GeneratedClass.WriteConstants(code, network.InputCount, network.OutputCount, network.ParameterCount, result.Original.ParameterCount);

            GeneratedClass.OpenPredict(code);
            RequireLength(code, "input", inputs, "input values (InputCount)");
            RequireLength(code, "output", outputs, "output values (OutputCount)");
            code.Line($"{pass}.Forward(input, output);");
            code.Close();
            code.Line();

            if (network.OutputCount == 1)
            {
                GeneratedClass.OpenPredictSingle(code);
                RequireLength(code, "input", inputs, "input values (InputCount)");
                code.Line("global::System.Span<float> output = stackalloc float[1];");
                code.Line($"{pass}.Forward(input, output);");
                code.Line("return output[0];");
                code.Close();
                code.Line();
            }

            GeneratedClass.OpenPredictBatch(code);
            code.Open($"if (inputs.Length % {inputs} != 0)");
            code.Line($"throw new global::System.ArgumentException(\"Expected a multiple of {inputs} input values (InputCount per row), got \" + inputs.Length + \".\", nameof(inputs));");
            code.Close();
            code.Line($"int rows = inputs.Length / {inputs};");
            code.Open($"if (outputs.Length != rows * {outputs})");
            code.Line($"throw new global::System.ArgumentException(\"Expected \" + rows * {outputs} + \" output values (OutputCount per row), got \" + outputs.Length + \".\", nameof(outputs));");
            code.Close();
            code.Directive(ModernRuntime);
            VectorForwardEmitter.WriteBatchLoop(code, network, pass);
            code.Directive("#else");
            code.Open("for (int row = 0; row < rows; row++)");
            code.Line($"{pass}.Forward(inputs.Slice(row * {inputs}, {inputs}), outputs.Slice(row * {outputs}, {outputs}));");
            code.Close();
            code.Directive("#endif");
            code.Close();
            code.Line();

            // .NET 8 and later get 256-bit vectors and column-major weights; older targets (Unity,
            // netstandard2.1) keep System.Numerics.Vector<float> dot products and C# 9.
            code.Open($"private static class {pass}");
            code.Directive(ModernRuntime);
            VectorForwardEmitter.Write(code, network, target.FastActivations);
            code.Directive("#else");
            WritePortable(code, network, target.FastActivations);
            code.Directive("#endif");
            code.Close();
        }

        private const string ModernRuntime = "#if NET8_0_OR_GREATER";

        private static void WritePortable(CodeWriter code, Network network, bool fast)
        {
            WriteForward(code, network);
            for (int l = 0; l < network.Layers.Count; l++)
            {
                code.Line();
                LayerEmitter.Write(code, network.Layers[l], l + 1, fast);
            }
            if (network.Layers.Any(l => !LayerEmitter.IsUnrolled(l)))
            {
                code.Line();
                LayerEmitter.WriteDot(code);
            }
        }

        private static void WriteForward(CodeWriter code, Network network)
        {
            code.Open("internal static void Forward(global::System.ReadOnlySpan<float> a0, global::System.Span<float> output)");
            int last = network.Layers.Count;
            for (int l = 1; l < last; l++)
                code.Line($"global::System.Span<float> a{l} = stackalloc float[{Invariant.Int(network.Layers[l - 1].OutputCount)}];");
            for (int l = 1; l <= last; l++)
                code.Line($"Layer{l}(a{l - 1}, {(l == last ? "output" : "a" + Invariant.Int(l))});");
            code.Close();
        }

        private static void RequireLength(CodeWriter code, string parameter, string expected, string what)
        {
            code.Open($"if ({parameter}.Length != {expected})");
            code.Line($"throw new global::System.ArgumentException(\"Expected {expected} {what}, got \" + {parameter}.Length + \".\", nameof({parameter}));");
            code.Close();
        }
    }
}
