using System.Linq;
using Ferd.Networks;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// The forward pass for .NET 8 and later: <c>Run1</c> for one row, <c>Run2</c> or <c>Run4</c>
    /// for a block of rows at once (each weight loaded once feeds every row), the layers of <see cref="VectorLayerEmitter"/>
    /// and the helpers they call. Both row counts run the same float operations in the same order
    /// per row, so a row gets the same bits alone and in a batch.
    /// </summary>
    internal static class VectorForwardEmitter
    {
        /// <summary>Layers at most this wide (in floats per row) let a batch run four rows per pass.</summary>
        public const int NarrowWidth = 48;

        /// <summary>
        /// Rows <c>PredictBatch</c> runs through the network together: two, or four when every layer
        /// is narrow. Narrow layers leave the vector units idle between short chains of multiply–adds
        /// and activate few values per call; more rows fill both. Wide layers gain nothing from more.
        /// </summary>
        public static int BatchRows(Network network) =>
            network.Layers.All(l => VectorLayerEmitter.Width(l) <= NarrowWidth) ? 4 : 2;

        /// <summary>The batch loop: blocks of <see cref="BatchRows"/>, then the remaining row alone.</summary>
        public static void WriteBatchLoop(CodeWriter code, Network network, string passClass)
        {
            string inputs = Invariant.Int(network.InputCount);
            string outputs = Invariant.Int(network.OutputCount);
            string batch = Invariant.Int(BatchRows(network));
            code.Line($"ref float x = ref {MemoryMarshal}.GetReference(inputs);");
            code.Line($"ref float y = ref {MemoryMarshal}.GetReference(outputs);");
            code.Line("int row = 0;");
            code.Open($"for (; row + {batch} <= rows; row += {batch})");
            code.Line($"{passClass}.Run{batch}(ref {Unsafe}.Add(ref x, row * {inputs}), ref {Unsafe}.Add(ref y, row * {outputs}));");
            code.Close();
            code.Open("for (; row < rows; row++)");
            code.Line($"{passClass}.Run1(ref {Unsafe}.Add(ref x, row * {inputs}), ref {Unsafe}.Add(ref y, row * {outputs}));");
            code.Close();
        }

        public static void Write(CodeWriter code, Network network, bool fast)
        {
            code.Line("internal static void Forward(global::System.ReadOnlySpan<float> input, global::System.Span<float> output) =>");
            code.Line($"    Run1(ref {MemoryMarshal}.GetReference(input), ref {MemoryMarshal}.GetReference(output));");
            int batchRows = BatchRows(network);
            foreach (int rows in new[] { 1, batchRows })
            {
                code.Line();
                WriteRun(code, network, rows);
            }
            for (int l = 0; l < network.Layers.Count; l++)
            {
                var layer = network.Layers[l];
                int inputStride = l == 0 ? network.InputCount : VectorLayerEmitter.Width(network.Layers[l - 1]);
                code.Line();
                code.Line($"// Layer {Invariant.Int(l + 1)}: {layer.Activation.ToString().ToLowerInvariant()}, {Invariant.Int(layer.InputCount)} inputs -> {Invariant.Int(layer.OutputCount)} neurons ({Description(VectorLayerEmitter.FormOf(layer))}).");
                VectorLayerEmitter.WriteTables(code, layer, l + 1, inputStride);
                VectorLayerEmitter.Write(code, layer, l + 1, 1, inputStride, fast);
                code.Line();
                VectorLayerEmitter.Write(code, layer, l + 1, batchRows, inputStride, fast);
            }
            WriteHelpers(code, network);
        }

        private static string Description(VectorForm form) => form switch
        {
            VectorForm.Columns => "weight columns, outputs in vector registers",
            VectorForm.Dots => "weight rows, vector dot products",
            _ => "weights inline",
        };

        // Intermediate activations of every row in a block lie one buffer after another; the last
        // layer writes straight into the output unless its rows are padded.
        private static void WriteRun(CodeWriter code, Network network, int rows)
        {
            code.Open($"internal static void Run{Invariant.Int(rows)}(ref float input, ref float output)");
            int last = network.Layers.Count;
            var lastLayer = network.Layers[last - 1];
            bool padded = VectorLayerEmitter.Width(lastLayer) != lastLayer.OutputCount;
            int buffers = padded ? last : last - 1;
            for (int l = 1; l <= buffers; l++)
                code.Line($"global::System.Span<float> a{Invariant.Int(l)} = stackalloc float[{Invariant.Int(rows * VectorLayerEmitter.Width(network.Layers[l - 1]))}];");
            for (int l = 1; l <= last; l++)
            {
                string from = l == 1 ? "input" : Buffer(l - 1);
                string to = l <= buffers ? Buffer(l) : "output";
                code.Line($"{VectorLayerEmitter.Name(l, rows)}(ref {from}, ref {to});");
            }
            if (padded)
            {
                int width = VectorLayerEmitter.Width(lastLayer);
                int k = lastLayer.OutputCount;
                for (int r = 0; r < rows; r++)
                    code.Line($"a{Invariant.Int(last)}.Slice({Invariant.Int(r * width)}, {Invariant.Int(k)}).CopyTo({MemoryMarshal}.CreateSpan(ref {Unsafe}.Add(ref output, {Invariant.Int(r * k)}), {Invariant.Int(k)}));");
            }
            code.Close();
        }

        private static string Buffer(int l) => $"{MemoryMarshal}.GetReference(a{Invariant.Int(l)})";

        private static void WriteHelpers(CodeWriter code, Network network)
        {
            var forms = network.Layers.Select(VectorLayerEmitter.FormOf).ToList();
            if (forms.Contains(VectorForm.Columns) || forms.Contains(VectorForm.Dots))
            {
                code.Line();
                code.Line("// Fused where the processor has FMA; either way every caller gets the same operation.");
                code.Line(Inline);
                code.Line($"private static {VectorOfFloat} MultiplyAdd({VectorOfFloat} a, {VectorOfFloat} b, {VectorOfFloat} c) =>");
                code.Line($"    global::System.Runtime.Intrinsics.X86.Fma.IsSupported ? global::System.Runtime.Intrinsics.X86.Fma.MultiplyAdd(a, b, c) : a * b + c;");
            }
            if (forms.Contains(VectorForm.Columns))
            {
                code.Line();
                code.Line("// a = b + Σ u[m] · column m, without vectors; the padding lanes keep the bias's zeros.");
                code.Open("private static void AffineColumns(ref float w, ref float b, ref float u, ref float a, int inputs, int neurons, int width)");
                code.Open("for (int k = 0; k < width; k++)");
                code.Line($"{Unsafe}.Add(ref a, k) = {Unsafe}.Add(ref b, k);");
                code.Close();
                code.Open("for (int m = 0; m < inputs; m++)");
                code.Line($"float x = {Unsafe}.Add(ref u, m);");
                code.Line($"ref float column = ref {Unsafe}.Add(ref w, m * width);");
                code.Open("for (int k = 0; k < neurons; k++)");
                code.Line($"{Unsafe}.Add(ref a, k) += x * {Unsafe}.Add(ref column, k);");
                code.Close();
                code.Close();
                code.Close();
            }
            if (forms.Contains(VectorForm.Dots))
            {
                code.Line();
                code.Line("// Two vector sums and the scalar tail run independently and meet at the end, which");
                code.Line("// shortens the chain of dependent additions a single row waits on.");
                code.Line(Inline);
                code.Open("private static float Dot(ref float w, ref float u, int length)");
                code.Line("float sum = 0f;");
                code.Line("int m = 0;");
                code.Open($"if ({Vector}.IsHardwareAccelerated && length >= {Invariant.Int(Lanes)})");
                code.Line($"{VectorOfFloat} even = {VectorOfFloat}.Zero;");
                code.Line($"{VectorOfFloat} odd = {VectorOfFloat}.Zero;");
                code.Open($"for (; m + {Invariant.Int(2 * Lanes)} <= length; m += {Invariant.Int(2 * Lanes)})");
                code.Line($"even = MultiplyAdd({Vector}.LoadUnsafe(ref w, (nuint)m), {Vector}.LoadUnsafe(ref u, (nuint)m), even);");
                code.Line($"odd = MultiplyAdd({Vector}.LoadUnsafe(ref w, (nuint)(m + {Invariant.Int(Lanes)})), {Vector}.LoadUnsafe(ref u, (nuint)(m + {Invariant.Int(Lanes)})), odd);");
                code.Close();
                code.Open($"if (m + {Invariant.Int(Lanes)} <= length)");
                code.Line($"even = MultiplyAdd({Vector}.LoadUnsafe(ref w, (nuint)m), {Vector}.LoadUnsafe(ref u, (nuint)m), even);");
                code.Line($"m += {Invariant.Int(Lanes)};");
                code.Close();
                code.Line($"sum = {Vector}.Sum(even + odd);");
                code.Close();
                code.Line("float tail = 0f;");
                code.Open("for (; m < length; m++)");
                code.Line($"tail += {Unsafe}.Add(ref w, m) * {Unsafe}.Add(ref u, m);");
                code.Close();
                code.Line("return sum + tail;");
                code.Close();
            }
        }
    }
}
