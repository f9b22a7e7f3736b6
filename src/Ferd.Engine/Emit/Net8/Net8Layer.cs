using System;
using System.Linq;
using Ferd.Networks;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// Writes one dense layer for .NET 8 and later as <c>LayerN(ref float u, ref float a)</c> over a
    /// block of rows: row r reads its inputs at u + r·<see cref="LayerPlan.InputStride"/> and writes
    /// its outputs at a + r·<see cref="LayerPlan.Width"/>, in the form its plan gives. Vector code runs where 256-bit vectors are hardware-accelerated
    /// (weight columns for one row in 512-bit vectors where those are; <see cref="WideColumns"/> for batches);
    /// elsewhere the same tables are read by scalar loops.
    /// </summary>
    internal static class Net8Layer
    {
        /// <summary>
        /// Vector accumulators live at once (partial sums × output vectors × rows): with the
        /// broadcast inputs and weight vectors they fit the 32 registers of AVX-512 machines.
        /// </summary>
        public const int MaxAccumulators = 16;

        public static string Name(LayerPlan plan, int rows) => plan.Name + (rows == 1 ? "" : "x" + Invariant.Int(rows));

        /// <summary>
        /// The layer's static tables: padded columns and bias, or rows of weights padded to the
        /// input buffer's stride, or none.
        /// </summary>
        public static void WriteTables(CodeWriter code, LayerPlan plan)
        {
            var layer = plan.Layer;
            switch (plan.VectorForm)
            {
                case VectorForm.Columns:
                    WriteCacheLineTable(code, $"{plan.Name}Columns", PaddedColumns(plan));
                    var bias = new double[plan.Width];
                    Array.Copy(layer.Bias, bias, layer.OutputCount);
                    WriteCacheLineTable(code, $"{plan.Name}Bias", bias);
                    break;
                case VectorForm.Dots:
                    WriteCacheLineTable(code, $"{plan.Name}Weights", PaddedRows(layer, plan.InputStride));
                    break;
            }
        }

        /// <summary>
        /// A table whose values start on a cache line (<c>OnCacheLine</c>, written by the back end),
        /// and <c>nameStart</c>, the index of its first value.
        /// </summary>
        private static void WriteCacheLineTable(CodeWriter code, string name, double[] values)
        {
            LayerCode.WriteTable(code, name, values, "OnCacheLine");
            code.Line($"private static readonly int {name}Start = CacheLineStart({name});");
        }

        /// <summary>A reference to the first value of a table written by <see cref="WriteCacheLineTable"/>.</summary>
        public static string TableStart(string name) =>
            $"{Unsafe}.Add(ref {MemoryMarshal}.GetArrayDataReference({name}), {name}Start)";

        public static void Write(CodeWriter code, LayerPlan plan, int rows, bool fast)
        {
            code.Open($"private static void {Name(plan, rows)}(ref float u, ref float a)");
            switch (plan.VectorForm)
            {
                case VectorForm.Columns:
                    WriteColumns(code, plan, rows, fast);
                    break;
                case VectorForm.Dots:
                    WriteDots(code, plan, rows, fast);
                    break;
                case VectorForm.Streamed:
                    WriteStreamed(code, plan, rows, fast);
                    break;
                default:
                    WriteUnrolled(code, plan, rows, fast);
                    break;
            }
            code.Close();
        }

        // Row k holds neuron k's weights, zero from the last input to the stride: a padded input
        // buffer's extra lanes (kept finite, see WriteChunk) then add nothing, and the dot
        // product runs whole vectors without a scalar tail.
        private static double[] PaddedRows(DenseLayer layer, int stride)
        {
            var rows = new double[layer.OutputCount * stride];
            for (int k = 0; k < layer.OutputCount; k++)
                Array.Copy(layer.Weights, k * layer.InputCount, rows, k * stride, layer.InputCount);
            return rows;
        }

        // Column m holds the weights from input m to every neuron, zero beyond the last neuron.
        private static double[] PaddedColumns(LayerPlan plan)
        {
            var layer = plan.Layer;
            int width = plan.Width;
            var columns = new double[layer.InputCount * width];
            for (int k = 0; k < layer.OutputCount; k++)
                for (int m = 0; m < layer.InputCount; m++)
                    columns[m * width + k] = layer.Weights[k * layer.InputCount + m];
            return columns;
        }

        private static void WriteColumns(CodeWriter code, LayerPlan plan, int rows, bool fast)
        {
            var layer = plan.Layer;
            int width = plan.Width, inputStride = plan.InputStride;
            code.Line($"ref float w = ref {TableStart(plan.Name + "Columns")};");
            code.Line($"ref float b = ref {TableStart(plan.Name + "Bias")};");
            // One row waits on its activation's latency as much as on its multiply–adds: tanh or σ
            // run on the totals in registers, without a store, a call and a load between.
            Func<string, string>? kernel = rows == 1 && layer.Activation.HasVectorKernel ? total => layer.Activation.VectorKernelCode(total, fast)! : null;
            if (rows == 1)
            {
                // One row waits on the chains of multiply–adds, not on loads: 512-bit vectors,
                // where they run natively, halve the multiply–adds per chain step.
                code.Open($"if ({WideVector}.IsHardwareAccelerated)");
                WriteChunks(code, plan, VectorWidth.Wide, rows, WideColumns.MaxAccumulators, kernel);
                code.Close();
                code.Open($"else if ({Vector}.IsHardwareAccelerated)");
            }
            else code.Open($"if ({Vector}.IsHardwareAccelerated)");
            WriteChunks(code, plan, VectorWidth.Narrow, rows, MaxAccumulators, kernel);
            code.Close();
            code.Open("else");
            for (int r = 0; r < rows; r++)
                code.Line($"AffineColumns(ref w, ref b, ref {At("u", r * inputStride)}, ref {At("a", r * width)}, {Invariant.Int(layer.InputCount)}, {Invariant.Int(layer.OutputCount)}, {Invariant.Int(width)});");
            if (layer.Activation.Kernel == null && layer.Activation != Activation.Identity)
            {
                code.Open($"for (int k = 0; k < {Invariant.Int(rows * width)}; k++)");
                code.Line($"float z = {Unsafe}.Add(ref a, k);");
                code.Line($"{Unsafe}.Add(ref a, k) = {layer.Activation.ScalarCode("z", fast)};");
                code.Close();
            }
            if (kernel != null) WriteSpanActivation(code, layer.Activation, rows * width, fast);
            code.Close();
            if (kernel == null) WriteSpanActivation(code, layer.Activation, rows * width, fast);
        }

        // The layer's output vectors in chunks whose accumulators fit the registers.
        private static void WriteChunks(CodeWriter code, LayerPlan plan, VectorWidth vector, int rows, int accumulators, Func<string, string>? kernel)
        {
            int vectors = vector.VectorsFor(plan.Layer.OutputCount);
            int chunk = Math.Max(1, accumulators / (ColumnChunk.UsedSums(plan) * rows));
            for (int first = 0; first < vectors; first += chunk)
                ColumnChunk.Write(code, plan, vector, rows, first, Math.Min(chunk, vectors - first), "u", "a", kernel);
        }

        private static void WriteDots(CodeWriter code, LayerPlan plan, int rows, bool fast)
        {
            var layer = plan.Layer;
            int inputStride = plan.InputStride;
            code.Line($"ref float w = ref {TableStart(plan.Name + "Weights")};");
            code.Line("float z;");
            for (int r = 0; r < rows; r++)
                for (int k = 0; k < layer.OutputCount; k++)
                {
                    code.Line($"z = {FloatLiteral.Format(layer.Bias[k])} + Dot(ref {At("w", k * inputStride)}, ref {At("u", r * inputStride)}, {Invariant.Int(inputStride)});");
                    code.Line($"{At("a", r * layer.OutputCount + k)} = {Pointwise(layer, "z")};");
                }
            WriteSpanActivation(code, layer.Activation, rows * layer.OutputCount, fast);
        }

        // Four neurons at a time (Dot4), a quarter of the layer apart: each of the four streams of
        // weights runs through its quarter of the rows from start to end, so the prefetcher follows
        // four long sequential streams. On one row of a 1M-parameter network that took 10–15% off
        // one neuron at a time and as much again off four adjacent rows, whose streams restart at
        // every row. Each row of a block takes its products while the four rows of weights are in
        // the nearest cache; bias and activation follow over the sums.
        private static void WriteStreamed(CodeWriter code, LayerPlan plan, int rows, bool fast)
        {
            var layer = plan.Layer;
            int neurons = layer.OutputCount, quarter = neurons / 4;
            string inputs = Invariant.Int(layer.InputCount), count = Invariant.Int(neurons);
            code.Line($"ref float w = ref {MemoryMarshal}.GetReference({plan.Name}Weights);");
            code.Line($"ref float b = ref {MemoryMarshal}.GetReference({plan.Name}Bias);");
            if (quarter > 0)
            {
                string stride = Invariant.Int(quarter * layer.InputCount);
                code.Open($"for (int k = 0; k < {Invariant.Int(quarter)}; k++)");
                for (int r = 0; r < rows; r++)
                    code.Line($"Dot4(ref {Unsafe}.Add(ref w, k * {inputs}), {stride}, ref {At("u", r * plan.InputStride)}, {inputs}, ref {Unsafe}.Add(ref a, {Indexed(r * neurons, "k")}), {Invariant.Int(quarter)});");
                code.Close();
            }
            if (neurons % 4 != 0)
            {
                code.Open($"for (int k = {Invariant.Int(4 * quarter)}; k < {count}; k++)");
                for (int r = 0; r < rows; r++)
                    code.Line($"{Unsafe}.Add(ref a, {Indexed(r * neurons, "k")}) = Dot(ref {Unsafe}.Add(ref w, k * {inputs}), ref {At("u", r * plan.InputStride)}, {inputs});");
                code.Close();
            }
            code.Open($"for (int k = 0; k < {count}; k++)");
            code.Line("float z;");
            for (int r = 0; r < rows; r++)
            {
                string at = $"{Unsafe}.Add(ref a, {Indexed(r * neurons, "k")})";
                code.Line($"z = {at} + {Unsafe}.Add(ref b, k);");
                code.Line($"{at} = {Pointwise(layer, "z")};");
            }
            code.Close();
            WriteSpanActivation(code, layer.Activation, rows * neurons, fast);
        }

        private static string Indexed(int offset, string index) => offset == 0 ? index : $"{Invariant.Int(offset)} + {index}";

        private static void WriteUnrolled(CodeWriter code, LayerPlan plan, int rows, bool fast)
        {
            var layer = plan.Layer;
            int inputStride = plan.InputStride;
            if (layer.OutputCount == 0) return;
            code.Line("float z;");
            for (int r = 0; r < rows; r++)
                for (int k = 0; k < layer.OutputCount; k++)
                {
                    LayerCode.WriteAffine(code, "z", layer, k, m => At("u", r * inputStride + m));
                    code.Line($"{At("a", r * layer.OutputCount + k)} = {Pointwise(layer, "z")};");
                }
            WriteSpanActivation(code, layer.Activation, rows * layer.OutputCount, fast);
        }

        // Inline activations as written per value; kernels are left to one span call over the whole block.
        private static string Pointwise(DenseLayer layer, string z) =>
            layer.Activation.Kernel != null ? z : layer.Activation.ScalarCode(z, fast: false);

        public static void WriteSpanActivation(CodeWriter code, Activation activation, int length, bool fast)
        {
            if (length == 0 || activation.SpanCode($"{MemoryMarshal}.CreateSpan(ref a, {Invariant.Int(length)})", fast) is not { } call) return;
            code.Line(call + ";");
        }

        // The float at reference + offset, as a value or, after "ref ", a reference.
        private static string At(string reference, int offset) =>
            offset == 0 ? reference : $"{Unsafe}.Add(ref {reference}, {Invariant.Int(offset)})";
    }
}
