using System;
using System.Linq;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// The register-blocked core of a layer of weight columns (<see cref="VectorForm.Columns"/>): a
    /// few rows × a few output vectors of accumulators, the inputs streaming past, the totals
    /// activated and stored. The 256-bit and 512-bit forms write the same operations per
    /// lane in the same order, so a row gets the same bits in either.
    /// </summary>
    internal static class ColumnChunk
    {
        // Accumulators for rows 0..rows−1 and output vectors first..first+count−1: partial sum k of
        // row r and vector j, s{k}_{r}_{j}, takes inputs m with m mod PartialSums = k, sum 0 starting
        // at the bias. Several partial sums shorten the dependency chains and the rounding error of
        // one long sum; their pairwise total is activated and stored. Row r reads at
        // u + r·InputStride and writes at a + r·Width; w and b are the layer's columns and bias.
        // With kernel, the activation's kernel runs on each total in registers (kernel(total) is its
        // C#); without, kernels run afterwards over the stored span.
        public static void Write(CodeWriter code, LayerPlan plan, VectorWidth vector, int rows, int first, int count, string u, string a, Func<string, string>? kernel = null)
        {
            var layer = plan.Layer;
            int n = layer.InputCount, sums = plan.PartialSums, used = UsedSums(plan);
            int last = vector.VectorsFor(layer.OutputCount) - 1;
            for (int j = first; j < first + count; j++)
                for (int r = 0; r < rows; r++)
                {
                    var lanes = Lanes(plan, vector, j);
                    code.Line($"{lanes.OfFloat} {Accumulator(0, r, j)} = {lanes.Name}.LoadUnsafe(ref b, {Offset(j * vector.Lanes)});");
                    for (int k = 1; k < used; k++) code.Line($"{lanes.OfFloat} {Accumulator(k, r, j)} = {lanes.OfFloat}.Zero;");
                }
            int whole = n / sums * sums;
            if (whole > 0)
            {
                code.Open($"for (nuint m = 0; m < {Invariant.Int(whole)}; m += {Invariant.Int(sums)})");
                for (int k = 0; k < sums; k++) WriteStep(code, plan, vector, rows, first, count, u, "m", k, k, $"x{Invariant.Int(k)}_");
                code.Close();
            }
            for (int k = 0; k < n - whole; k++)
                WriteStep(code, plan, vector, rows, first, count, u, Offset(whole + k), k, 0, $"last{Invariant.Int(first)}_{Invariant.Int(k)}_");
            for (int r = 0; r < rows; r++)
                for (int j = first; j < first + count; j++)
                {
                    var lanes = Lanes(plan, vector, j);
                    // The total in a local of its own: ReLU reads it twice; the padding mask and an
                    // inline activation get statements of their own, so lines stay readable.
                    string total = $"z{Invariant.Int(r)}_{Invariant.Int(j)}";
                    code.Line($"{lanes.OfFloat} {total} = {PairwiseTotal(k => Accumulator(k, r, j), used)};");
                    if (j == last && layer.OutputCount % lanes.Lanes != 0) code.Line($"{total} &= {PaddingMask(lanes, layer.OutputCount % lanes.Lanes)};");
                    if (kernel != null) code.Line($"{total} = {kernel(total)};");
                    else if (layer.Activation.Kernel == null && layer.Activation.VectorCode(total, lanes.Name) is var activated && activated != total)
                        code.Line($"{total} = {activated};");
                    code.Line($"{lanes.Name}.StoreUnsafe({total}, ref {a}, {Offset(r * plan.Width + j * vector.Lanes)});");
                }
        }

        /// <summary>The partial sums that receive inputs: all of them, or one per input when there are fewer (at least one, the bias).</summary>
        public static int UsedSums(LayerPlan plan) => Math.Max(1, Math.Min(plan.PartialSums, plan.Layer.InputCount));

        /// <summary>The partial sums 0..count−1 added pairwise, halves first: ((s0 + s1) + (s2 + s3)) for four.</summary>
        public static string PairwiseTotal(Func<int, string> sum, int count) => Pairwise(sum, 0, count);

        private static string Pairwise(Func<int, string> sum, int first, int count) =>
            count == 1 ? sum(first) : $"{Group(Pairwise(sum, first, count / 2), count / 2)} + {Group(Pairwise(sum, first + count / 2, count - count / 2), count - count / 2)}";

        private static string Group(string sum, int count) => count == 1 ? sum : $"({sum})";

        // The vector that holds output vector j: a 512-bit layer's last vector in 256 bits when
        // its neurons fit them (17 neurons: 16 + 8 lanes, not 16 + 16), which halves its work.
        private static VectorWidth Lanes(LayerPlan plan, VectorWidth vector, int j)
        {
            int rest = plan.Layer.OutputCount - j * vector.Lanes;
            return vector == VectorWidth.Wide && rest <= VectorWidth.Narrow.Lanes ? VectorWidth.Narrow : vector;
        }

        // One input, m + next, into partial sum k: a broadcast per row, a weight load per output
        // vector shared by the rows, a fused multiply–add per row and vector. The broadcasts and
        // loads are locals named after the input.
        private static void WriteStep(CodeWriter code, LayerPlan plan, VectorWidth vector, int rows, int first, int count, string u, string m, int k, int next, string input)
        {
            int width = plan.Width;
            string column = $"{Unsafe}.Add(ref w, {m} * {Invariant.Int(width)}{Plus(next * width + first * vector.Lanes)})";
            for (int r = 0; r < rows; r++)
                code.Line($"{vector.OfFloat} {input}{Invariant.Int(r)} = {vector.Name}.Create({Unsafe}.Add(ref {u}, {m}{Plus(next + r * plan.InputStride)}));");
            for (int j = first; j < first + count; j++)
            {
                var lanes = Lanes(plan, vector, j);
                string weights = $"{lanes.Name}.LoadUnsafe(ref {column}, {Offset((j - first) * vector.Lanes)})";
                if (rows > 1)
                {
                    code.Line($"{lanes.OfFloat} {input}w{Invariant.Int(j)} = {weights};");
                    weights = $"{input}w{Invariant.Int(j)}";
                }
                // A 256-bit tail reads the low half of the row's broadcast.
                string lower = lanes == vector ? "" : ".GetLower()";
                for (int r = 0; r < rows; r++)
                    code.Line($"{Accumulator(k, r, j)} = MultiplyAdd({weights}, {input}{Invariant.Int(r)}{lower}, {Accumulator(k, r, j)});");
            }
        }

        // The lanes of a layer's last vector that hold neurons. The lanes beyond are zero weights
        // times the inputs, NaN when an input is infinite; cleared, they stay finite through every
        // activation, so the next layer may read them against its zero weights.
        private static string PaddingMask(VectorWidth vector, int neurons) =>
            $"{vector.Name}.AsSingle({vector.Name}.Create({string.Join(", ", Enumerable.Range(0, vector.Lanes).Select(i => i < neurons ? "-1" : "0"))}))";

        private static string Accumulator(int sum, int row, int vector) => $"s{Invariant.Int(sum)}_{Invariant.Int(row)}_{Invariant.Int(vector)}";

        private static string Plus(int offset) => offset == 0 ? "" : " + " + Invariant.Int(offset);
    }
}
