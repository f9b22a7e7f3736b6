using System;

namespace Ferd.Emit
{
    /// <summary>
    /// What every generated file shares, whether it holds the network or stands in for a refused
    /// one: the attributed class inside its namespace and containing types, and the public API's
    /// constants and signatures with their documentation.
    /// </summary>
    internal static class GeneratedClass
    {
        /// <summary>Marks each generated member, so analyzers and coverage tools tell it from the user's code.</summary>
        public static readonly string GeneratedCode =
            "[global::System.CodeDom.Compiler.GeneratedCode(\"Ferd\", \"" + typeof(GeneratedClass).Assembly.GetName().Version!.ToString(3) + "\")]";

        /// <summary>Writes <paramref name="members"/> inside the attributed partial class.</summary>
        public static void Write(CodeWriter code, EmitTarget target, Action members)
        {
            code.Line("#nullable enable");
            code.Line();
            if (target.Namespace != null) code.Open($"namespace {target.Namespace}");
            foreach (var outer in target.ContainingTypes) code.Open($"partial {outer.Keyword} {outer.Name}");
            code.Open(Declaration(target));
            members();
            code.Close();
            foreach (var _ in target.ContainingTypes) code.Close();
            if (target.Namespace != null) code.Close();
        }

        public static void WriteConstants(CodeWriter code, int inputs, int outputs, int parameters, int originalParameters)
        {
            Constant(code, "Values in one input.", "InputCount", inputs);
            Constant(code, "Values in one output.", "OutputCount", outputs);
            Constant(code, "Weights and biases of the compressed network.", "ParameterCount", parameters);
            Constant(code, "Weights and biases of the network as trained.", "OriginalParameterCount", originalParameters);
        }

        public static void OpenPredict(CodeWriter code, string outputType = "float")
        {
            code.Line("/// <summary>Runs the compressed network on one input of <see cref=\"InputCount\"/> values.</summary>");
            code.Line(GeneratedCode);
            code.Open($"public static void Predict(global::System.ReadOnlySpan<float> input, global::System.Span<{outputType}> output)");
        }

        /// <summary>The overload for networks of one output.</summary>
        public static void OpenPredictSingle(CodeWriter code, string outputType = "float")
        {
            code.Line("/// <summary>Runs the compressed network on one input and returns its single output.</summary>");
            code.Line(GeneratedCode);
            code.Open($"public static {outputType} Predict(global::System.ReadOnlySpan<float> input)");
        }

        public static void OpenPredictBatch(CodeWriter code, string outputType = "float")
        {
            code.Line("/// <summary>Runs the network on each row of a row-major batch: inputs.Length / InputCount rows.</summary>");
            code.Line(GeneratedCode);
            code.Open($"public static void PredictBatch(global::System.ReadOnlySpan<float> inputs, global::System.Span<{outputType}> outputs)");
        }

        private static void Constant(CodeWriter code, string summary, string name, int value)
        {
            code.Line($"/// <summary>{summary}</summary>");
            code.Line(GeneratedCode);
            code.Line($"public const int {name} = {Invariant.Int(value)};");
            code.Line();
        }

        private static string Declaration(EmitTarget target)
        {
            string modifiers = target.Accessibility.Length > 0 ? target.Accessibility + " " : "";
            if (target.IsStatic) modifiers += "static ";
            return $"{modifiers}partial class {target.ClassName}";
        }
    }
}
