using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// Writes one dense layer as a method <c>LayerN(u, a)</c>. Narrow layers are unrolled with their
    /// weights as literals (one line per neuron, bias first as in <see cref="DenseLayer.Evaluate"/>);
    /// wide layers keep their weights in <c>static readonly float[]</c> tables and run a
    /// <c>System.Numerics.Vector&lt;float&gt;</c> dot product per neuron.
    /// </summary>
    internal static class LayerEmitter
    {
        /// <summary>Rows at least this wide gain from SIMD; narrower ones are unrolled.</summary>
        public const int VectorRowWidth = 16;

        /// <summary>Unrolled layers stay below this many weights, so methods stay JIT-friendly.</summary>
        public const int UnrollLimit = 1024;

        private const string Kernels = "global::Ferd.Generated.FerdMath";
        private const int TableValuesPerLine = 8;

        public static bool IsUnrolled(DenseLayer layer) =>
            layer.InputCount < VectorRowWidth && (long)layer.InputCount * layer.OutputCount <= UnrollLimit;

        public static void Write(CodeWriter code, DenseLayer layer, int index, bool fast)
        {
            string form = IsUnrolled(layer) ? "weights inline" : "weight table, SIMD dot products";
            code.Line($"// Layer {Invariant.Int(index)}: {layer.Activation.ToString().ToLowerInvariant()}, {Invariant.Int(layer.InputCount)} inputs -> {Invariant.Int(layer.OutputCount)} neurons ({form}).");
            if (IsUnrolled(layer)) WriteUnrolled(code, layer, index, fast);
            else WriteTabled(code, layer, index, fast);
        }

        private static void WriteUnrolled(CodeWriter code, DenseLayer layer, int index, bool fast)
        {
            code.Open($"private static void Layer{index}(global::System.ReadOnlySpan<float> u, global::System.Span<float> a)");
            if (layer.OutputCount > 0) code.Line("float z;");
            for (int k = 0; k < layer.OutputCount; k++)
            {
                code.Line($"z = {AffineExpression(layer, k, m => $"u[{Invariant.Int(m)}]")};");
                code.Line($"a[{Invariant.Int(k)}] = {ScalarActivation(layer, "z", fast)};");
            }
            code.Close();
        }

        private static void WriteTabled(CodeWriter code, DenseLayer layer, int index, bool fast)
        {
            WriteTable(code, $"Layer{index}Weights", layer.Weights);
            WriteTable(code, $"Layer{index}Bias", layer.Bias);
            code.Line();
            code.Open($"private static void Layer{index}(global::System.ReadOnlySpan<float> u, global::System.Span<float> a)");
            code.Line($"global::System.ReadOnlySpan<float> weights = Layer{index}Weights;");
            code.Open($"for (int k = 0; k < {Invariant.Int(layer.OutputCount)}; k++)");
            code.Line($"a[k] = Layer{index}Bias[k] + Dot(weights.Slice(k * {Invariant.Int(layer.InputCount)}, {Invariant.Int(layer.InputCount)}), u);");
            code.Close();
            WriteSpanActivation(code, layer, fast);
            code.Close();
        }

        /// <summary>
        /// The dot product tabled layers call: SIMD where the hardware has it, scalar otherwise.
        /// Spans are viewed as vectors with MemoryMarshal.Cast, which netstandard2.1 (Unity) has,
        /// unlike the Vector&lt;T&gt;(ReadOnlySpan&lt;T&gt;) constructor.
        /// </summary>
        public static void WriteDot(CodeWriter code)
        {
            const string vector = "global::System.Numerics.Vector<float>";
            const string cast = "global::System.Runtime.InteropServices.MemoryMarshal.Cast<float, " + vector + ">";
            code.Open("private static float Dot(global::System.ReadOnlySpan<float> row, global::System.ReadOnlySpan<float> u)");
            code.Line("float sum = 0f;");
            code.Line("int m = 0;");
            code.Open("if (global::System.Numerics.Vector.IsHardwareAccelerated)");
            code.Line($"global::System.ReadOnlySpan<{vector}> rowVectors = {cast}(row);");
            code.Line($"global::System.ReadOnlySpan<{vector}> uVectors = {cast}(u);");
            code.Line($"{vector} acc = {vector}.Zero;");
            code.Open("for (int i = 0; i < rowVectors.Length; i++)");
            code.Line("acc += rowVectors[i] * uVectors[i];");
            code.Close();
            code.Line($"sum = global::System.Numerics.Vector.Dot(acc, {vector}.One);");
            code.Line($"m = rowVectors.Length * {vector}.Count;");
            code.Close();
            code.Open("for (; m < row.Length; m++)");
            code.Line("sum += row[m] * u[m];");
            code.Close();
            code.Line("return sum;");
            code.Close();
        }

        /// <summary>Bias plus each nonzero weight times its input, written as <paramref name="input"/>(m) gives it.</summary>
        public static string AffineExpression(DenseLayer layer, int neuron, System.Func<int, string> input)
        {
            var text = new System.Text.StringBuilder(FloatLiteral.Format(layer.Bias[neuron]));
            var row = layer.Row(neuron);
            for (int m = 0; m < row.Length; m++)
            {
                float w = (float)row[m];
                if (w == 0f) continue;
                text.Append(w < 0f ? " - " : " + ").Append(FloatLiteral.Format(System.Math.Abs(w))).Append(" * ").Append(input(m));
            }
            return text.ToString();
        }

        public static string ScalarActivation(DenseLayer layer, string z, bool fast) => layer.Activation switch
        {
            Activation.Relu => $"{z} > 0f ? {z} : 0f",
            Activation.LeakyRelu => $"{z} >= 0f ? {z} : {FloatLiteral.Format(layer.Alpha)} * {z}",
            Activation.Tanh or Activation.Sigmoid => $"{Kernels}.{KernelName(layer.Activation, fast)}({z})",
            _ => z,
        };

        /// <summary>The FerdMath method for tanh or σ: the accurate kernel, or its fast variant.</summary>
        public static string KernelName(Activation activation, bool fast) => fast ? activation + "Fast" : activation.ToString();

        private static void WriteSpanActivation(CodeWriter code, DenseLayer layer, bool fast)
        {
            switch (layer.Activation)
            {
                case Activation.Tanh:
                case Activation.Sigmoid:
                    code.Line($"{Kernels}.{KernelName(layer.Activation, fast)}(a);");
                    break;
                case Activation.Relu:
                case Activation.LeakyRelu:
                    code.Open($"for (int k = 0; k < {Invariant.Int(layer.OutputCount)}; k++)");
                    code.Line("float z = a[k];");
                    code.Line($"a[k] = {ScalarActivation(layer, "z", fast)};");
                    code.Close();
                    break;
            }
        }

        public static void WriteTable(CodeWriter code, string name, double[] values)
        {
            code.Open($"private static readonly float[] {name} = new float[]");
            for (int start = 0; start < values.Length; start += TableValuesPerLine)
            {
                var line = new System.Text.StringBuilder();
                int end = System.Math.Min(values.Length, start + TableValuesPerLine);
                for (int i = start; i < end; i++) line.Append(FloatLiteral.Format(values[i])).Append(i + 1 < values.Length ? "," : "").Append(i + 1 < end ? " " : "");
                code.Line(line.ToString());
            }
            code.Close(";");
        }
    }
}
