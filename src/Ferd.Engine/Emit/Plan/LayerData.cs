using System.Linq;

namespace Ferd.Emit
{
    /// <summary>
    /// The weights and biases of streamed layers, written once outside the <c>#if</c> so both passes
    /// read the same data: <c>LayerNWeights</c> (row by row, neuron k's weights at k·inputs) and
    /// <c>LayerNBias</c>, spans over string literals of float bits (<see cref="FloatBitsLiteral"/>).
    /// A literal lives in the assembly's string heap and is read in place: nothing is copied or
    /// allocated per call.
    /// </summary>
    internal static class LayerData
    {
        public static void Write(CodeWriter code, EmitPlan plan)
        {
            var streamed = plan.Layers.Where(l => l.Streamed).ToList();
            if (streamed.Count == 0) return;
            foreach (var layer in streamed)
            {
                code.Line();
                code.Line($"// Layer {Invariant.Int(layer.Index)}'s {Wording.Count(layer.Layer.Weights.Length, "weight")} and {Invariant.Int(layer.Layer.OutputCount)} biases as float bits, two chars per float.");
                code.Line($"private static ReadOnlySpan<float> {layer.Name}Weights => Floats({FloatBitsLiteral.Format(layer.Layer.Weights)});");
                code.Line($"private static ReadOnlySpan<float> {layer.Name}Bias => Floats({FloatBitsLiteral.Format(layer.Layer.Bias)});");
            }
            code.Line();
            code.Line("// The chars hold each float's low half first, as little-endian machines (every runtime .NET and Unity");
            code.Line("// ship on) store floats; a big-endian machine would read other numbers, so it is refused.");
            code.Line("private static ReadOnlySpan<float> Floats(string bits) => BitConverter.IsLittleEndian");
            code.Line("    ? MemoryMarshal.Cast<char, float>(bits.AsSpan())");
            code.Line("    : throw new PlatformNotSupportedException(\"Ferd's generated code for large layers reads float bits as a little-endian machine stores them.\");");
        }
    }
}
