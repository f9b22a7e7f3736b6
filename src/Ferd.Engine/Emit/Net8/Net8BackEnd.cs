using System.Linq;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// The forward pass for .NET 8 and later: <c>Run1</c> for one row, <c>Run2</c> or <c>Run4</c>
    /// for a block of rows at once (each weight loaded once feeds every row), blocks of rows in the
    /// lanes of 512-bit vectors on AVX-512 and of 256-bit ones on AVX2 (<see cref="RowLanes"/>) or,
    /// with a streamed layer, of twelve rows on AVX-512 (<see cref="WideColumns"/>), the batch loop
    /// over them, the layers of <see cref="Net8Layer"/>
    /// and the helpers they call. Every block size runs the same float operations in the same
    /// order per row, so a row gets the same bits alone and in a batch.
    /// </summary>
    internal static class Net8BackEnd
    {
        public static void Write(CodeWriter code, EmitPlan plan)
        {
            code.Line("internal static void Forward(ReadOnlySpan<float> input, Span<float> output) =>");
            code.Line($"    Run1(ref {MemoryMarshal}.GetReference(input), ref {MemoryMarshal}.GetReference(output));");
            code.Line();
            WriteBatchLoop(code, plan);
            foreach (var vector in LaneWidths(plan))
            {
                code.Line();
                RowLanes.WriteRun(code, plan, vector);
            }
            foreach (int rows in RowBlocks(plan))
            {
                code.Line();
                WriteRun(code, plan, rows);
            }
            foreach (var layer in plan.Layers)
            {
                code.Line();
                code.Line($"// Layer {Invariant.Int(layer.Index)}: {layer.Summary} ({Description(layer.VectorForm)}).");
                Net8Layer.WriteTables(code, layer);
                Net8Layer.Write(code, layer, 1, plan.FastActivations);
                code.Line();
                Net8Layer.Write(code, layer, plan.BatchRows, plan.FastActivations);
                foreach (var vector in LaneWidths(plan))
                {
                    code.Line();
                    RowLanes.WriteLayer(code, layer, vector, plan.FastActivations);
                }
                if (!plan.WideBatch) continue;
                code.Line();
                if (layer.VectorForm == VectorForm.Columns) WideColumns.Write(code, layer, plan.FastActivations);
                else Net8Layer.Write(code, layer, WideColumns.BlockRows, plan.FastActivations);
            }
            WriteHelpers(code, plan);
        }

        // Row lanes in 512-bit vectors where they run natively, else (or for the last rows of a batch) in 256-bit ones.
        private static VectorWidth[] LaneWidths(EmitPlan plan) =>
            plan.LaneBatch ? new[] { VectorWidth.Wide, VectorWidth.Narrow } : new VectorWidth[0];

        private static int[] RowBlocks(EmitPlan plan) =>
            plan.WideBatch ? new[] { 1, plan.BatchRows, WideColumns.BlockRows } : new[] { 1, plan.BatchRows };

        /// <summary>
        /// The batch loop: blocks of rows in the lanes of 512-bit vectors where they are accelerated,
        /// then of 256-bit ones where they and FMA are (<see cref="RowLanes"/>), or blocks of
        /// <see cref="WideColumns.BlockRows"/> rows in 512-bit vectors; then blocks of
        /// <see cref="EmitPlan.BatchRows"/>, then the remaining rows alone.
        /// </summary>
        private static void WriteBatchLoop(CodeWriter code, EmitPlan plan)
        {
            string inputs = Invariant.Int(plan.Network.InputCount);
            string outputs = Invariant.Int(plan.Network.OutputCount);
            code.Open("internal static void ForwardBatch(ReadOnlySpan<float> inputs, Span<float> outputs, int rows)");
            code.Line($"ref float x = ref {MemoryMarshal}.GetReference(inputs);");
            code.Line($"ref float y = ref {MemoryMarshal}.GetReference(outputs);");
            code.Line("int row = 0;");
            foreach (var vector in LaneWidths(plan))
            {
                // Row lanes make their buffers once per call, when a block fills.
                string block = Invariant.Int(RowLanes.BlockRows(vector));
                string fused = vector == VectorWidth.Wide ? "" : " && Fma.IsSupported";
                code.Open($"if ({vector.Name}.IsHardwareAccelerated{fused} && rows - row >= {block})");
                string buffers = "buffers" + block;
                code.Line($"Span<float> {buffers} = stackalloc float[{Invariant.Int(RowLanes.BufferFloats(plan, vector))}];");
                WriteBlocks(code, RowLanes.RunName(vector), RowLanes.BlockRows(vector), inputs, outputs, $", ref {MemoryMarshal}.GetReference({buffers})");
                code.Close();
            }
            if (plan.WideBatch)
            {
                code.Open($"if ({WideVector}.IsHardwareAccelerated)");
                WriteBlocks(code, "Run" + Invariant.Int(WideColumns.BlockRows), WideColumns.BlockRows, inputs, outputs);
                code.Close();
            }
            WriteBlocks(code, "Run" + Invariant.Int(plan.BatchRows), plan.BatchRows, inputs, outputs);
            code.Open("for (; row < rows; row++)");
            code.Line($"Run1(ref {Unsafe}.Add(ref x, row * {inputs}), ref {Unsafe}.Add(ref y, row * {outputs}));");
            code.Close();
            code.Close();
        }

        // Whole blocks of rows through the pass named run (with more arguments after the rows'), from row on.
        private static void WriteBlocks(CodeWriter code, string run, int rows, string inputs, string outputs, string more = "")
        {
            string block = Invariant.Int(rows);
            code.Open($"for (; row + {block} <= rows; row += {block})");
            code.Line($"{run}(ref {Unsafe}.Add(ref x, row * {inputs}), ref {Unsafe}.Add(ref y, row * {outputs}){more});");
            code.Close();
        }

        private static string Description(VectorForm form) => form switch
        {
            VectorForm.Columns => "weight columns, outputs in vector registers",
            VectorForm.Dots => "weight rows, vector dot products",
            VectorForm.Streamed => "weight rows from the layer's data, a loop of vector dot products",
            _ => "weights inline",
        };

        // Intermediate activations of every row in a block lie one buffer after another; the last
        // layer writes straight into the output unless its rows are padded.
        private static void WriteRun(CodeWriter code, EmitPlan plan, int rows)
        {
            code.Open($"private static void Run{Invariant.Int(rows)}(ref float input, ref float output)");
            int last = plan.Layers.Count;
            var lastLayer = plan.Layers[last - 1];
            bool padded = lastLayer.Width != lastLayer.Layer.OutputCount;
            int buffers = padded ? last : last - 1;
            for (int l = 1; l <= buffers; l++)
                code.Line($"Span<float> a{Invariant.Int(l)} = stackalloc float[{Invariant.Int(rows * plan.Layers[l - 1].Width)}];");
            foreach (var layer in plan.Layers)
            {
                int l = layer.Index;
                string from = l == 1 ? "input" : Buffer(l - 1);
                string to = l <= buffers ? Buffer(l) : "output";
                code.Line($"{Net8Layer.Name(layer, rows)}(ref {from}, ref {to});");
            }
            if (padded)
            {
                int width = lastLayer.Width;
                int k = lastLayer.Layer.OutputCount;
                for (int r = 0; r < rows; r++)
                    code.Line($"a{Invariant.Int(last)}.Slice({Invariant.Int(r * width)}, {Invariant.Int(k)}).CopyTo({MemoryMarshal}.CreateSpan(ref {Unsafe}.Add(ref output, {Invariant.Int(r * k)}), {Invariant.Int(k)}));");
            }
            code.Close();
        }

        private static void WriteDot4(CodeWriter code)
        {
            code.Line();
            code.Line("// Four rows of weights, stride apart, against one input, one accumulator each: four streams of");
            code.Line("// weights in flight share each input load. The sums go to sums[0], [step], [2·step], [3·step].");
            code.Open("private static void Dot4(ref float w, int stride, ref float u, int length, ref float sums, int step)");
            code.Line($"ref float w1 = ref {Unsafe}.Add(ref w, stride);");
            code.Line($"ref float w2 = ref {Unsafe}.Add(ref w1, stride);");
            code.Line($"ref float w3 = ref {Unsafe}.Add(ref w2, stride);");
            code.Line("float s0 = 0f, s1 = 0f, s2 = 0f, s3 = 0f;");
            code.Line("int m = 0;");
            code.Open($"if ({Vector}.IsHardwareAccelerated)");
            code.Line($"{VectorOfFloat} v0 = {VectorOfFloat}.Zero, v1 = {VectorOfFloat}.Zero, v2 = {VectorOfFloat}.Zero, v3 = {VectorOfFloat}.Zero;");
            code.Open($"for (; m + {Invariant.Int(Lanes)} <= length; m += {Invariant.Int(Lanes)})");
            code.Line($"{VectorOfFloat} x = {Vector}.LoadUnsafe(ref u, (nuint)m);");
            for (int j = 0; j < 4; j++)
                code.Line($"v{j} = MultiplyAdd({Vector}.LoadUnsafe(ref {(j == 0 ? "w" : "w" + j)}, (nuint)m), x, v{j});");
            code.Close();
            code.Line($"s0 = {Vector}.Sum(v0); s1 = {Vector}.Sum(v1); s2 = {Vector}.Sum(v2); s3 = {Vector}.Sum(v3);");
            code.Close();
            code.Open("for (; m < length; m++)");
            code.Line($"float x = {Unsafe}.Add(ref u, m);");
            code.Line($"s0 += {Unsafe}.Add(ref w, m) * x; s1 += {Unsafe}.Add(ref w1, m) * x; s2 += {Unsafe}.Add(ref w2, m) * x; s3 += {Unsafe}.Add(ref w3, m) * x;");
            code.Close();
            code.Line("sums = s0;");
            for (int j = 1; j < 4; j++) code.Line($"{Unsafe}.Add(ref sums, {(j == 1 ? "" : Invariant.Int(j) + " * ")}step) = s{j};");
            code.Close();
        }

        private static string Buffer(int l) => $"{MemoryMarshal}.GetReference(a{Invariant.Int(l)})";

        // A 512-bit load of 16 floats reads one cache line when they start on one, two otherwise.
        private static void WriteCacheLineTables(CodeWriter code)
        {
            code.Line();
            code.Line("// A weight table on the pinned heap (it never moves), its values from a cache line's start on:");
            code.Line("// a vector load of them then reads one cache line rather than straddling two.");
            code.Open("private static float[] OnCacheLine(float[] values)");
            code.Line("var table = GC.AllocateArray<float>(values.Length + CacheLineFloats - 1, pinned: true);");
            code.Line("values.CopyTo(table, CacheLineStart(table));");
            code.Line("return table;");
            code.Close();
            code.Line();
            code.Line("private const int CacheLineFloats = 64 / sizeof(float);");
            code.Line();
            code.Line("private static int CacheLineStart(float[] table) =>");
            code.Line("    (int)(-Marshal.UnsafeAddrOfPinnedArrayElement(table, 0).ToInt64() & 63) / sizeof(float);");
        }

        private static void WriteHelpers(CodeWriter code, EmitPlan plan)
        {
            var forms = plan.Layers.Select(l => l.VectorForm).ToList();
            bool dots = forms.Contains(VectorForm.Dots) || forms.Contains(VectorForm.Streamed);
            if (forms.Contains(VectorForm.Columns) || dots)
            {
                code.Line();
                code.Line("// Fused where the processor has FMA; either way every caller gets the same operation.");
                code.Line(Inline);
                code.Line($"private static {VectorOfFloat} MultiplyAdd({VectorOfFloat} a, {VectorOfFloat} b, {VectorOfFloat} c) =>");
                code.Line("    Fma.IsSupported ? Fma.MultiplyAdd(a, b, c) : a * b + c;");
            }
            // One row's weight columns run in 512-bit vectors too.
            if (forms.Contains(VectorForm.Columns))
            {
                code.Line();
                code.Line(Inline);
                code.Line($"private static {WideVectorOfFloat} MultiplyAdd({WideVectorOfFloat} a, {WideVectorOfFloat} b, {WideVectorOfFloat} c) =>");
                code.Line("    Avx512F.IsSupported ? Avx512F.FusedMultiplyAdd(a, b, c) : a * b + c;");
            }
            if (forms.Contains(VectorForm.Columns) || forms.Contains(VectorForm.Dots)) WriteCacheLineTables(code);
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
            if (dots)
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
            if (forms.Contains(VectorForm.Streamed)) WriteDot4(code);
        }
    }
}
