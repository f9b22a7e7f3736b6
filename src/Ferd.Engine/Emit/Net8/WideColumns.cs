using System.Collections.Generic;
using static Ferd.Emit.Intrinsics;

namespace Ferd.Emit
{
    /// <summary>
    /// A layer of weight columns over a block of <see cref="BlockRows"/> rows in 512-bit vectors,
    /// for batches on machines that run them natively: the layer's output vectors in tiles of at
    /// most four, each tile run over the block a few rows at a time, so every weight vector loaded
    /// feeds several rows and every broadcast input several vectors (the register blocking of BLIS
    /// and MLAS micro-kernels, with the tile chosen per layer here at build time).
    /// </summary>
    internal static class WideColumns
    {
        /// <summary>Rows a wide batch runs through the network together: tiles of 1, 2, 3, 4, 6 or 12 rows divide it.</summary>
        public const int BlockRows = 12;

        /// <summary>
        /// Accumulators live at once (partial sums × rows × vectors): with a tile's weight vectors
        /// and broadcasts they fit the 32 vector registers of AVX-512.
        /// </summary>
        public const int MaxAccumulators = 24;

        private const int MaxTileVectors = 4;

        public static void Write(CodeWriter code, LayerPlan plan, bool fast)
        {
            code.Open($"private static void {Net8Layer.Name(plan, BlockRows)}(ref float u, ref float a)");
            code.Line($"ref float w = ref {Net8Layer.TableStart(plan.Name + "Columns")};");
            code.Line($"ref float b = ref {Net8Layer.TableStart(plan.Name + "Bias")};");
            foreach (var (first, count) in Tiles(VectorWidth.Wide.VectorsFor(plan.Layer.OutputCount)))
            {
                int rows = TileRows(count, ColumnChunk.UsedSums(plan));
                code.Open($"for (int r = 0; r < {Invariant.Int(BlockRows)}; r += {Invariant.Int(rows)})");
                code.Line($"ref float ut = ref {Unsafe}.Add(ref u, r * {Invariant.Int(plan.InputStride)});");
                code.Line($"ref float at = ref {Unsafe}.Add(ref a, r * {Invariant.Int(plan.Width)});");
                ColumnChunk.Write(code, plan, VectorWidth.Wide, rows, first, count, "ut", "at");
                code.Close();
            }
            Net8Layer.WriteSpanActivation(code, plan.Layer.Activation, BlockRows * plan.Width, fast);
            code.Close();
        }

        /// <summary>
        /// <paramref name="items"/> in tiles of at most <paramref name="maxTile"/>, as even as they
        /// split: 5 vectors in tiles of four → 3 + 2, 7 → 4 + 3.
        /// </summary>
        public static IEnumerable<(int First, int Count)> Tiles(int items, int maxTile = MaxTileVectors)
        {
            int tiles = (items + maxTile - 1) / maxTile;
            for (int t = 0, first = 0; t < tiles; t++)
            {
                int count = items / tiles + (t < items % tiles ? 1 : 0);
                yield return (first, count);
                first += count;
            }
        }

        /// <summary>The most rows, dividing the block, whose accumulators for a tile of <paramref name="vectors"/> fit.</summary>
        public static int TileRows(int vectors, int sums)
        {
            int rows = BlockRows;
            while (rows > 1 && (BlockRows % rows != 0 || sums * rows * vectors > MaxAccumulators)) rows--;
            return rows;
        }
    }
}
