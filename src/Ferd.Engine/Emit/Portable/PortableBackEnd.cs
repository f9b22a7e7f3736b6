using System.Linq;

namespace Ferd.Emit
{
    /// <summary>
    /// The forward pass for targets before .NET 8 (netstandard2.1, Unity; C# 9): <c>Forward</c>
    /// over stack buffers, one method per layer (<see cref="PortableLayer"/>), and the dot product
    /// the tabled layers share. <c>ForwardBatch</c> runs it row by row.
    /// </summary>
    internal static class PortableBackEnd
    {
        public static void Write(CodeWriter code, EmitPlan plan)
        {
            var network = plan.Network;
            code.Open("internal static void Forward(ReadOnlySpan<float> a0, Span<float> output)");
            int last = plan.Layers.Count;
            for (int l = 1; l < last; l++)
                code.Line($"Span<float> a{Invariant.Int(l)} = stackalloc float[{Invariant.Int(network.Layers[l - 1].OutputCount)}];");
            foreach (var layer in plan.Layers)
                code.Line($"{layer.Name}(a{Invariant.Int(layer.Index - 1)}, {(layer.Index == last ? "output" : "a" + Invariant.Int(layer.Index))});");
            code.Close();
            code.Line();

            string inputs = Invariant.Int(network.InputCount);
            string outputs = Invariant.Int(network.OutputCount);
            code.Open("internal static void ForwardBatch(ReadOnlySpan<float> inputs, Span<float> outputs, int rows)");
            code.Open("for (int row = 0; row < rows; row++)");
            code.Line($"Forward(inputs.Slice(row * {inputs}, {inputs}), outputs.Slice(row * {outputs}, {outputs}));");
            code.Close();
            code.Close();

            foreach (var layer in plan.Layers)
            {
                code.Line();
                PortableLayer.Write(code, layer, plan.FastActivations);
            }
            if (plan.Layers.Any(l => !l.PortableUnrolled))
            {
                code.Line();
                PortableLayer.WriteDot(code, plan.Vectorize);
            }
        }
    }
}
