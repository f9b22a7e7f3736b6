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
            code.Line("/// <summary>Values in one input.</summary>");
            code.Line($"public const int InputCount = {Invariant.Int(inputs)};");
            code.Line("/// <summary>Values in one output.</summary>");
            code.Line($"public const int OutputCount = {Invariant.Int(outputs)};");
            code.Line("/// <summary>Weights and biases of the compressed network.</summary>");
            code.Line($"public const int ParameterCount = {Invariant.Int(parameters)};");
            code.Line("/// <summary>Weights and biases of the network as trained.</summary>");
            code.Line($"public const int OriginalParameterCount = {Invariant.Int(originalParameters)};");
            code.Line();
        }

        public static void OpenPredict(CodeWriter code)
        {
            code.Line("/// <summary>Runs the compressed network on one input of <see cref=\"InputCount\"/> values.</summary>");
            code.Open("public static void Predict(global::System.ReadOnlySpan<float> input, global::System.Span<float> output)");
        }

        /// <summary>The overload for networks of one output.</summary>
        public static void OpenPredictSingle(CodeWriter code)
        {
            code.Line("/// <summary>Runs the compressed network on one input and returns its single output.</summary>");
            code.Open("public static float Predict(global::System.ReadOnlySpan<float> input)");
        }

        public static void OpenPredictBatch(CodeWriter code)
        {
            code.Line("/// <summary>Runs the network on each row of a row-major batch: inputs.Length / InputCount rows.</summary>");
            code.Open("public static void PredictBatch(global::System.ReadOnlySpan<float> inputs, global::System.Span<float> outputs)");
        }

        private static string Declaration(EmitTarget target)
        {
            string modifiers = target.Accessibility.Length > 0 ? target.Accessibility + " " : "";
            if (target.IsStatic) modifiers += "static ";
            return $"{modifiers}partial class {target.ClassName}";
        }
    }
}
