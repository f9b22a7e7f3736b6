using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// Writes one dense layer of the portable pass as a method <c>LayerN(u, a)</c>. Narrow layers are
    /// unrolled with their weights as literals; wide layers keep their weights in
    /// <c>static readonly float[]</c> tables and run a <c>Vector&lt;float&gt;</c> dot product per neuron.
    /// </summary>
    internal static class PortableLayer
    {
        public static void Write(CodeWriter code, LayerPlan plan, bool fast)
        {
            string form = plan.PortableUnrolled ? "weights inline"
                : plan.Streamed ? "weight rows from the layer's data, a loop of " + (plan.Vectorize ? "SIMD " : "") + "dot products"
                : "weight table, SIMD dot products";
            code.Line($"// Layer {Invariant.Int(plan.Index)}: {plan.Summary} ({form}).");
            if (plan.PortableUnrolled) WriteUnrolled(code, plan, fast);
            else WriteTabled(code, plan, fast);
        }

        private static void WriteUnrolled(CodeWriter code, LayerPlan plan, bool fast)
        {
            var layer = plan.Layer;
            code.Open($"private static void {plan.Name}(ReadOnlySpan<float> u, Span<float> a)");
            if (layer.OutputCount > 0) code.Line("float z;");
            for (int k = 0; k < layer.OutputCount; k++)
            {
                LayerCode.WriteAffine(code, "z", layer, k, m => $"u[{Invariant.Int(m)}]");
                code.Line($"a[{Invariant.Int(k)}] = {layer.Activation.ScalarCode("z", fast)};");
            }
            code.Close();
        }

        private static void WriteTabled(CodeWriter code, LayerPlan plan, bool fast)
        {
            var layer = plan.Layer;
            if (!plan.Streamed)
            {
                LayerCode.WriteTable(code, $"{plan.Name}Weights", layer.Weights);
                LayerCode.WriteTable(code, $"{plan.Name}Bias", layer.Bias);
                code.Line();
            }
            code.Open($"private static void {plan.Name}(ReadOnlySpan<float> u, Span<float> a)");
            code.Line($"ReadOnlySpan<float> weights = {plan.Name}Weights;");
            code.Line($"ReadOnlySpan<float> bias = {plan.Name}Bias;");
            code.Open($"for (int k = 0; k < {Invariant.Int(layer.OutputCount)}; k++)");
            code.Line($"a[k] = bias[k] + Dot(weights.Slice(k * {Invariant.Int(layer.InputCount)}, {Invariant.Int(layer.InputCount)}), u);");
            code.Close();
            WriteSpanActivation(code, layer, fast);
            code.Close();
        }

        /// <summary>
        /// The dot product tabled layers call: SIMD where the hardware has it, scalar otherwise
        /// (always scalar when <paramref name="vectorize"/> is false).
        /// Spans are viewed as vectors with MemoryMarshal.Cast, which netstandard2.1 (Unity) has,
        /// unlike the Vector&lt;T&gt;(ReadOnlySpan&lt;T&gt;) constructor.
        /// </summary>
        public static void WriteDot(CodeWriter code, bool vectorize)
        {
            code.Open("private static float Dot(ReadOnlySpan<float> row, ReadOnlySpan<float> u)");
            code.Line("float sum = 0f;");
            code.Line("int m = 0;");
            if (vectorize) WriteVectorDot(code);
            code.Open("for (; m < row.Length; m++)");
            code.Line("sum += row[m] * u[m];");
            code.Close();
            code.Line("return sum;");
            code.Close();
        }

        private static void WriteVectorDot(CodeWriter code)
        {
            code.Open("if (Vector.IsHardwareAccelerated)");
            code.Line("ReadOnlySpan<Vector<float>> rowVectors = MemoryMarshal.Cast<float, Vector<float>>(row);");
            code.Line("ReadOnlySpan<Vector<float>> uVectors = MemoryMarshal.Cast<float, Vector<float>>(u);");
            code.Line("Vector<float> acc = Vector<float>.Zero;");
            code.Open("for (int i = 0; i < rowVectors.Length; i++)");
            code.Line("acc += rowVectors[i] * uVectors[i];");
            code.Close();
            code.Line("sum = Vector.Dot(acc, Vector<float>.One);");
            code.Line("m = rowVectors.Length * Vector<float>.Count;");
            code.Close();
        }

        private static void WriteSpanActivation(CodeWriter code, DenseLayer layer, bool fast)
        {
            if (layer.Activation.SpanCode("a", fast) is { } call) code.Line(call + ";");
            else if (layer.Activation != Activation.Identity)
            {
                code.Open($"for (int k = 0; k < {Invariant.Int(layer.OutputCount)}; k++)");
                code.Line("float z = a[k];");
                code.Line($"a[k] = {layer.Activation.ScalarCode("z", fast)};");
                code.Close();
            }
        }
    }
}
