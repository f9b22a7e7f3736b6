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
        // Accumulators for rows 0..rows−1 and output vectors first..first+count−1: s{r}_{j} starts at
        // the bias and takes the even inputs, t{r}_{j} the odd ones. Two partial sums halve the
        // dependency chains and the rounding error of one long sum; their total is activated and
        // stored. Row r reads at u + r·InputStride and writes at a + r·Width; w and b are the
        // layer's columns and bias.
        public static void Write(CodeWriter code, LayerPlan plan, VectorWidth vector, int rows, int first, int count, string u, string a)
        {
            var layer = plan.Layer;
            int n = layer.InputCount;
            int last = vector.VectorsFor(layer.OutputCount) - 1;
            for (int j = first; j < first + count; j++)
                for (int r = 0; r < rows; r++)
                {
                    var lanes = Lanes(plan, vector, j);
                    code.Line($"{lanes.OfFloat} {Accumulator("s", r, j)} = {lanes.Name}.LoadUnsafe(ref b, {Offset(j * vector.Lanes)});");
                    if (n > 1) code.Line($"{lanes.OfFloat} {Accumulator("t", r, j)} = {lanes.OfFloat}.Zero;");
                }
            if (n > 1)
            {
                code.Open($"for (nuint m = 0; m < {Invariant.Int(n / 2 * 2)}; m += 2)");
                WriteStep(code, plan, vector, rows, first, count, u, "m", "s", 0, "even");
                WriteStep(code, plan, vector, rows, first, count, u, "m", "t", 1, "odd");
                code.Close();
            }
            if (n % 2 == 1)
                WriteStep(code, plan, vector, rows, first, count, u, Offset(n - 1), "s", 0, $"last{Invariant.Int(first)}_");
            for (int r = 0; r < rows; r++)
                for (int j = first; j < first + count; j++)
                {
                    var lanes = Lanes(plan, vector, j);
                    string sum = n > 1 ? $"{Accumulator("s", r, j)} + {Accumulator("t", r, j)}" : Accumulator("s", r, j);
                    if (j == last && layer.OutputCount % lanes.Lanes != 0) sum = $"({sum}) & {PaddingMask(lanes, layer.OutputCount % lanes.Lanes)}";
                    // The total in a local of its own: ReLU reads it twice; an inline activation
                    // gets a statement of its own, so lines stay readable.
                    string total = Accumulator("z", r, j);
                    code.Line($"{lanes.OfFloat} {total} = {sum};");
                    // Kernels run afterwards over the stored span.
                    if (layer.Activation.Kernel == null && layer.Activation.VectorCode(total, lanes.Name) is var activated && activated != total)
                        code.Line($"{total} = {activated};");
                    code.Line($"{lanes.Name}.StoreUnsafe({total}, ref {a}, {Offset(r * plan.Width + j * vector.Lanes)});");
                }
        }

        // The vector that holds output vector j: a 512-bit layer's last vector in 256 bits when
        // its neurons fit them (17 neurons: 16 + 8 lanes, not 16 + 16), which halves its work.
        private static VectorWidth Lanes(LayerPlan plan, VectorWidth vector, int j)
        {
            int rest = plan.Layer.OutputCount - j * vector.Lanes;
            return vector == VectorWidth.Wide && rest <= VectorWidth.Narrow.Lanes ? VectorWidth.Narrow : vector;
        }

        // One input, m + next, into the accumulators named set: a broadcast per row, a weight load
        // per output vector shared by the rows, a fused multiply–add per row and vector. The
        // broadcasts and loads are locals named after the input.
        private static void WriteStep(CodeWriter code, LayerPlan plan, VectorWidth vector, int rows, int first, int count, string u, string m, string set, int next, string input)
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
                    code.Line($"{lanes.OfFloat} {input}W{Invariant.Int(j)} = {weights};");
                    weights = $"{input}W{Invariant.Int(j)}";
                }
                // A 256-bit tail reads the low half of the row's broadcast.
                string lower = lanes == vector ? "" : ".GetLower()";
                for (int r = 0; r < rows; r++)
                    code.Line($"{Accumulator(set, r, j)} = MultiplyAdd({weights}, {input}{Invariant.Int(r)}{lower}, {Accumulator(set, r, j)});");
            }
        }

        // The lanes of a layer's last vector that hold neurons. The lanes beyond are zero weights
        // times the inputs, NaN when an input is infinite; cleared, they stay finite through every
        // activation, so the next layer may read them against its zero weights.
        private static string PaddingMask(VectorWidth vector, int neurons) =>
            $"{vector.Name}.AsSingle({vector.Name}.Create({string.Join(", ", Enumerable.Range(0, vector.Lanes).Select(i => i < neurons ? "-1" : "0"))}))";

        private static string Accumulator(string set, int row, int vector) => $"{set}{Invariant.Int(row)}_{Invariant.Int(vector)}";

        private static string Plus(int offset) => offset == 0 ? "" : " + " + Invariant.Int(offset);
    }
}
