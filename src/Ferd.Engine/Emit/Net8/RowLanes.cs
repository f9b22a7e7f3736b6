using System;
using System.Linq;
using Ferd.Networks;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// A batch with its rows in the vector lanes: a block of <see cref="RowVectors"/> vectors' worth
    /// of rows goes through the network with every buffer stored neuron by neuron, one float per row
    /// (the transpose of the row-by-row buffers), so each multiply–add computes one neuron for a
    /// whole vector of rows. The work follows the neurons a layer has, not the vectors they pad to:
    /// a compressed layer of 33 neurons costs 33 multiply–adds per input and vector of rows, where
    /// weight columns in 512-bit vectors cost 48 lanes' worth, and its activation runs over 33
    /// neurons' values, not 48. Each lane performs the float operations its row performs alone, in
    /// the same order, for every layer form (weight columns, dot products, unrolled sums), so a row
    /// gets the same bits alone and in a batch. Blocks run in 512-bit vectors on AVX-512 and in 256-bit
    /// ones on AVX2 with FMA (and for a batch's last 16–31 rows on AVX-512).
    /// </summary>
    internal static class RowLanes
    {
        /// <summary>Vectors of rows a block holds: each weight broadcast feeds that many multiply–adds.</summary>
        public const int RowVectors = 2;

        /// <summary>
        /// Accumulators live at once (partial sums × neurons × row vectors): with the loaded
        /// inputs and the broadcast weights they fit the 32 vector registers of AVX-512, or the 16 of AVX2.
        /// </summary>
        private static int MaxAccumulators(VectorWidth vector) => vector == VectorWidth.Wide ? 24 : 12;

        /// <summary>Inputs or outputs per row up to which a block's transposes are unrolled.</summary>
        private const int UnrolledWidth = 64;

        // The fused multiply–add the .NET 8 pass's MultiplyAdd helper performs where the block's
        // vectors run natively (256-bit blocks run only where FMA does), called directly: a layer
        // of many of them would exhaust the JIT's inlining budget and leave the helper a call.
        private static string MultiplyAdd(VectorWidth vector) => vector == VectorWidth.Wide ? "Avx512F.FusedMultiplyAdd" : "Fma.MultiplyAdd";

        // The lanes of Dot's 256-bit accumulators, whose sums a dot-product layer reproduces.
        private const int DotLanes = Intrinsics.Lanes;

        /// <summary>Whether the network runs this way: every layer but the streamed ones, which read their own data.</summary>
        public static bool Fits(EmitPlan plan) => plan.Layers.All(l => l.VectorForm != VectorForm.Streamed);

        public static int BlockRows(VectorWidth vector) => RowVectors * vector.Lanes;

        public static string RunName(VectorWidth vector) => "RunLanes" + Invariant.Int(BlockRows(vector));

        private static string LayerName(LayerPlan plan, VectorWidth vector) => plan.Name + "Lanes" + Invariant.Int(BlockRows(vector));

        /// <summary>Floats of the buffers a block runs through: its inputs, then two for the layers' outputs in turn.</summary>
        public static int BufferFloats(EmitPlan plan, VectorWidth vector) => Offsets(plan, vector)[plan.Layers.Count + 1];

        // Where buffer l starts, and past the last (at index layers + 1): 0 holds the inputs, then
        // the layers write alternately into two buffers as wide as the widest layer, each reading the other.
        private static int[] Offsets(EmitPlan plan, VectorWidth vector)
        {
            int rows = BlockRows(vector), layers = plan.Layers.Count;
            int inputs = plan.Network.InputCount * rows;
            int widest = layers == 0 ? 0 : plan.Layers.Max(l => l.Layer.OutputCount) * rows;
            return Enumerable.Range(0, layers + 2)
                .Select(l => l == 0 ? 0 : l == layers + 1 ? inputs + Math.Min(layers, 2) * widest : l % 2 == 1 ? inputs : inputs + widest)
                .ToArray();
        }

        /// <summary>
        /// The block's pass: the inputs transposed in, the layers, the outputs transposed out. The
        /// buffers are the batch's, made once per call rather than once per block.
        /// </summary>
        public static void WriteRun(CodeWriter code, EmitPlan plan, VectorWidth vector)
        {
            int rows = BlockRows(vector);
            var offsets = Offsets(plan, vector);
            string Buffer(int l) => offsets[l] == 0 ? "buffers" : $"{Unsafe}.Add(ref buffers, {Invariant.Int(offsets[l])})";
            code.Open($"private static void {RunName(vector)}(ref float input, ref float output, ref float buffers)");
            code.Line("// The block input by input, a float per row; each layer's neurons likewise.");
            WriteTranspose(code, rows, plan.Network.InputCount, "input", "buffers", intoLanes: true);
            foreach (var layer in plan.Layers)
                code.Line($"{LayerName(layer, vector)}(ref {Buffer(layer.Index - 1)}, ref {Buffer(layer.Index)});");
            code.Line("// Back to row by row.");
            code.Line($"ref float last = ref {Buffer(plan.Layers.Count)};");
            WriteTranspose(code, rows, plan.Network.OutputCount, "output", "last", intoLanes: false);
            code.Close();
        }

        // Copies a block between rows (width floats each, at rowsRef) and lanes (value m of row r
        // at lanesRef[m·rows + r]). Up to UnrolledWidth values a row are copied by name: a loop
        // over so few values spends more on its counting than on the copies (12% of a compressed
        // 8-input network's batch).
        private static void WriteTranspose(CodeWriter code, int rows, int width, string rowsRef, string lanesRef, bool intoLanes)
        {
            string block = Invariant.Int(rows), count = Invariant.Int(width);
            code.Open($"for (int r = 0; r < {block}; r++)");
            code.Line($"ref float row = ref {Unsafe}.Add(ref {rowsRef}, r * {count});");
            code.Line($"ref float lane = ref {Unsafe}.Add(ref {lanesRef}, r);");
            string Copy(string m, string laneOffset) => intoLanes
                ? $"{Unsafe}.Add(ref lane, {laneOffset}) = {Unsafe}.Add(ref row, {m});"
                : $"{Unsafe}.Add(ref row, {m}) = {Unsafe}.Add(ref lane, {laneOffset});";
            if (width <= UnrolledWidth)
            {
                for (int m = 0; m < width; m++) code.Line(Copy(Invariant.Int(m), Invariant.Int(m * rows)));
            }
            else
            {
                code.Open($"for (int m = 0; m < {count}; m++)");
                code.Line(Copy("m", $"m * {block}"));
                code.Close();
            }
            code.Close();
        }

        /// <summary><c>LayerNLanesB(ref float u, ref float a)</c>: input m of row r at u[m·B + r], neuron k's output at a[k·B + r].</summary>
        public static void WriteLayer(CodeWriter code, LayerPlan plan, VectorWidth vector, bool fast)
        {
            var layer = plan.Layer;
            code.Open($"private static void {LayerName(plan, vector)}(ref float u, ref float a)");
            var lanes = new Block(plan, vector);
            switch (plan.VectorForm)
            {
                case VectorForm.Columns:
                    WriteColumns(code, lanes);
                    break;
                case VectorForm.Dots:
                    code.Line($"ref float w = ref {Net8Layer.TableStart(plan.Name + "Weights")};");
                    for (int k = 0; k < layer.OutputCount; k++)
                        for (int r = 0; r < RowVectors; r++) WriteDot(code, lanes, k, r);
                    break;
                default:
                    for (int k = 0; k < layer.OutputCount; k++)
                        for (int r = 0; r < RowVectors; r++) WriteUnrolled(code, lanes, k, r);
                    break;
            }
            Net8Layer.WriteSpanActivation(code, layer.Activation, layer.OutputCount * lanes.Rows, fast);
            code.Close();
        }

        // As ColumnChunk for one row: partial sum p takes the inputs m with m mod PartialSums = p,
        // sum 0 starting at the bias, and their pairwise total is activated. Here each neuron of a
        // tile has its partial sums for each vector of rows, and each weight is broadcast across the rows.
        private static void WriteColumns(CodeWriter code, Block lanes)
        {
            var plan = lanes.Plan;
            int n = plan.Layer.InputCount, sums = plan.PartialSums, used = ColumnChunk.UsedSums(plan);
            code.Line($"ref float w = ref {Net8Layer.TableStart(plan.Name + "Columns")};");
            code.Line($"ref float b = ref {Net8Layer.TableStart(plan.Name + "Bias")};");
            foreach (var (first, count) in WideColumns.Tiles(plan.Layer.OutputCount, Math.Max(1, MaxAccumulators(lanes.Vector) / (used * RowVectors))))
            {
                var neurons = Enumerable.Range(first, count).ToArray();
                foreach (int k in neurons)
                {
                    code.Line($"{lanes.OfFloat} b{Invariant.Int(k)} = {lanes.Name}.Create({Unsafe}.Add(ref b, {Invariant.Int(k)}));");
                    for (int r = 0; r < RowVectors; r++)
                    {
                        code.Line($"{lanes.OfFloat} {Accumulator(0, k, r)} = b{Invariant.Int(k)};");
                        for (int p = 1; p < used; p++) code.Line($"{lanes.OfFloat} {Accumulator(p, k, r)} = {lanes.OfFloat}.Zero;");
                    }
                }
                int whole = n / sums * sums;
                if (whole > 0)
                {
                    code.Open($"for (nuint m = 0; m < {Invariant.Int(whole)}; m += {Invariant.Int(sums)})");
                    for (int p = 0; p < sums; p++) WriteColumnStep(code, lanes, neurons, "m", p, p, $"x{Invariant.Int(p)}_");
                    code.Close();
                }
                for (int p = 0; p < n - whole; p++)
                    WriteColumnStep(code, lanes, neurons, Offset(whole + p), p, 0, $"last{Invariant.Int(first)}_{Invariant.Int(p)}_");
                foreach (int k in neurons)
                    for (int r = 0; r < RowVectors; r++)
                        WriteStore(code, lanes, k, r, ColumnChunk.PairwiseTotal(p => Accumulator(p, k, r), used));
            }
        }

        // Input m + next for every vector of rows, then a broadcast weight per neuron into its partial sum p.
        private static void WriteColumnStep(CodeWriter code, Block lanes, int[] neurons, string m, int p, int next, string input)
        {
            for (int r = 0; r < RowVectors; r++)
                code.Line($"{lanes.OfFloat} {input}{Invariant.Int(r)} = {lanes.Name}.LoadUnsafe(ref u, {m} * {Invariant.Int(lanes.Rows)}{Plus(next * lanes.Rows + r * lanes.Lanes)});");
            foreach (int k in neurons)
            {
                string weight = $"{input}w{Invariant.Int(k)}";
                code.Line($"{lanes.OfFloat} {weight} = {lanes.Name}.Create({Unsafe}.Add(ref w, {m} * {Invariant.Int(lanes.Plan.Width)}{Plus(next * lanes.Plan.Width + k)}));");
                for (int r = 0; r < RowVectors; r++)
                    code.Line($"{Accumulator(p, k, r)} = {MultiplyAdd(lanes.Vector)}({weight}, {input}{Invariant.Int(r)}, {Accumulator(p, k, r)});");
            }
        }

        // Dot for neuron k over its padded row of weights, lane by lane: the even and odd 256-bit
        // accumulators' lanes, their sums in Vector256.Sum's order, then the scalar tail. The
        // padding (inputs past the previous layer's neurons) has zero weights and adds nothing.
        private static void WriteDot(CodeWriter code, Block lanes, int k, int r)
        {
            var plan = lanes.Plan;
            int length = plan.InputStride, real = plan.Layer.InputCount;
            string name = $"{Invariant.Int(k)}_{Invariant.Int(r)}";
            string Lane(string set, int l) => $"{set}{name}_{Invariant.Int(l)}";
            // Input p + offset's product into a lane, p a loop index or none.
            void Add(string set, int l, string p, int offset) =>
                code.Line($"{Lane(set, l)} = {MultiplyAdd(lanes.Vector)}({lanes.Name}.Create({Unsafe}.Add(ref w, {Index(p, 1, k * length + offset)})), " +
                          $"{lanes.Name}.LoadUnsafe(ref u, {Index(p, lanes.Rows, offset * lanes.Rows + r * lanes.Lanes)}), {Lane(set, l)});");
            int step = 2 * DotLanes, at = 0;
            if (length >= DotLanes)
            {
                for (int l = 0; l < DotLanes; l++)
                    code.Line($"{lanes.OfFloat} {Lane("e", l)} = {lanes.OfFloat}.Zero, {Lane("o", l)} = {lanes.OfFloat}.Zero;");
                // Steps whose sixteen inputs all hold values loop; the rest are written out, without the padding.
                int whole = real / step * step;
                if (whole > step)
                {
                    code.Open($"for (nuint p = 0; p < {Invariant.Int(whole)}; p += {Invariant.Int(step)})");
                    for (int l = 0; l < DotLanes; l++)
                    {
                        Add("e", l, "p", l);
                        Add("o", l, "p", DotLanes + l);
                    }
                    code.Close();
                    at = whole;
                }
                for (; at + step <= length; at += step)
                    for (int l = 0; l < DotLanes; l++)
                    {
                        if (at + l < real) Add("e", l, "", at + l);
                        if (at + DotLanes + l < real) Add("o", l, "", at + DotLanes + l);
                    }
                if (at + DotLanes <= length)
                {
                    for (int l = 0; l < DotLanes; l++)
                        if (at + l < real) Add("e", l, "", at + l);
                    at += DotLanes;
                }
            }
            string sum = $"{lanes.OfFloat}.Zero";
            if (length >= DotLanes)
            {
                // Vector256.Sum(even + odd): lane by lane, then pairwise, halves first (each half
                // on a line of its own, so lines stay readable).
                for (int l = 0; l < DotLanes; l++) code.Line($"{Lane("e", l)} += {Lane("o", l)};");
                for (int half = 0; half < DotLanes; half += DotLanes / 2)
                    code.Line($"{Lane("e", half)} = {ColumnChunk.PairwiseTotal(l => Lane("e", half + l), DotLanes / 2)};");
                sum = $"({Lane("e", 0)} + {Lane("e", DotLanes / 2)})";
            }
            code.Line($"{lanes.OfFloat} tail{name} = {lanes.OfFloat}.Zero;");
            for (int m = at; m < real; m++)
                code.Line($"tail{name} += {lanes.Name}.Create({Unsafe}.Add(ref w, {Invariant.Int(k * length + m)})) * {Input(lanes, m, r)};");
            WriteStore(code, lanes, k, r, $"{lanes.Name}.Create({FloatLiteral.Format(plan.Layer.Bias[k])}) + ({sum} + tail{name})");
        }

        // An element offset: a constant, or scale · p + offset for a loop index p.
        private static string Index(string p, int scale, int offset) =>
            p.Length == 0 ? Offset(offset) : (scale == 1 ? p : $"{p} * {Invariant.Int(scale)}") + Plus(offset);

        // LayerCode.WriteAffine's sum, term by term: the bias, then each nonzero weight's product added or subtracted.
        private static void WriteUnrolled(CodeWriter code, Block lanes, int k, int r)
        {
            var layer = lanes.Plan.Layer;
            string z = $"u{Invariant.Int(k)}_{Invariant.Int(r)}";
            code.Line($"{lanes.OfFloat} {z} = {lanes.Name}.Create({FloatLiteral.Format(layer.Bias[k])});");
            var row = layer.Row(k);
            for (int m = 0; m < row.Length; m++)
            {
                float weight = (float)row[m];
                if (weight == 0f) continue;
                code.Line($"{z} {(weight < 0f ? "-" : "+")}= {lanes.Name}.Create({FloatLiteral.Format(Math.Abs(weight))}) * {Input(lanes, m, r)};");
            }
            WriteStore(code, lanes, k, r, z);
        }

        // The total for neuron k and vector of rows r, activated where the activation is inline
        // (kernels run afterwards over the stored block) and stored.
        private static void WriteStore(CodeWriter code, Block lanes, int k, int r, string sum)
        {
            var activation = lanes.Plan.Layer.Activation;
            string total = $"z{Invariant.Int(k)}_{Invariant.Int(r)}";
            code.Line($"{lanes.OfFloat} {total} = {sum};");
            if (activation.Kernel == null && activation.VectorCode(total, lanes.Name) is var activated && activated != total)
                code.Line($"{total} = {activated};");
            code.Line($"{lanes.Name}.StoreUnsafe({total}, ref a, {Offset(k * lanes.Rows + r * lanes.Lanes)});");
        }

        private static string Input(Block lanes, int m, int r) =>
            $"{lanes.Name}.LoadUnsafe(ref u, {Offset(m * lanes.Rows + r * lanes.Lanes)})";

        private static string Accumulator(int sum, int neuron, int rows) => $"s{Invariant.Int(sum)}_{Invariant.Int(neuron)}_{Invariant.Int(rows)}";

        private static string Plus(int offset) => offset == 0 ? "" : " + " + Invariant.Int(offset);

        // A layer with the vector type its block of rows runs in.
        private sealed class Block
        {
            public Block(LayerPlan plan, VectorWidth vector)
            {
                Plan = plan;
                Vector = vector;
            }

            public LayerPlan Plan { get; }

            public VectorWidth Vector { get; }

            public string Name => Vector.Name;

            public string OfFloat => Vector.OfFloat;

            /// <summary>Rows per vector.</summary>
            public int Lanes => Vector.Lanes;

            /// <summary>Rows per block, the stride from one neuron's values to the next.</summary>
            public int Rows => BlockRows(Vector);
        }
    }
}
