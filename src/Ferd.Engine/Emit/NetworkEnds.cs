using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// The pass's <c>Run</c>: the input stage (picking, normalizing and clamping what the first layer
    /// reads), the layers' <c>Forward</c>, and the head (action mask, softmax, argmax), for networks
    /// whose ends do not fold into the layers. <c>RunBatch</c> runs it row by row.
    /// </summary>
    internal static class NetworkEnds
    {
        /// <summary>The element type of the output: int for an argmax.</summary>
        public static string OutputType(Network network) => network.Head.IsInteger ? "int" : "float";

        public static void Write(CodeWriter code, Network network)
        {
            int features = network.Layers[0].InputCount, logits = network.Layers[network.Layers.Count - 1].OutputCount;
            string type = OutputType(network);
            code.Line();
            code.Open($"internal static void Run(ReadOnlySpan<float> input, Span<{type}> output)");
            string staged = "input";
            if (network.HasStage)
            {
                staged = "staged";
                code.Line($"Span<float> staged = stackalloc float[{Invariant.Int(features)}];");
                WriteStage(code, network.Stage);
            }
            if (network.Head.IsIdentity)
            {
                code.Line($"Forward({staged}, output);");
            }
            else
            {
                code.Line($"Span<float> z = stackalloc float[{Invariant.Int(logits)}];");
                code.Line($"Forward({staged}, z);");
                WriteHead(code, network.Head, logits);
            }
            code.Close();
            code.Line();
            code.Open($"internal static void RunBatch(ReadOnlySpan<float> inputs, Span<{type}> outputs, int rows)");
            string inputs = Invariant.Int(network.InputCount), outputs = Invariant.Int(network.OutputCount);
            code.Line($"for (int row = 0; row < rows; row++) Run(inputs.Slice(row * {inputs}, {inputs}), outputs.Slice(row * {outputs}, {outputs}));");
            code.Close();
        }

        private static void WriteStage(CodeWriter code, InputStage stage)
        {
            for (int j = 0; j < stage.Count; j++)
            {
                string x = $"input[{Invariant.Int(stage.Source[j])}]";
                if (stage.Shift[j] != 0) x = $"({x} + {FloatLiteral.Format(stage.Shift[j])})";
                if (stage.Scale[j] != 1) x = $"{x} * {FloatLiteral.Format(stage.Scale[j])}";
                if (!double.IsNegativeInfinity(stage.Lower[j])) x = $"Math.Max({x}, {FloatLiteral.Format(stage.Lower[j])})";
                if (!double.IsPositiveInfinity(stage.Upper[j])) x = $"Math.Min({x}, {FloatLiteral.Format(stage.Upper[j])})";
                code.Line($"staged[{Invariant.Int(j)}] = {x};");
            }
        }

        private static void WriteHead(CodeWriter code, OutputHead head, int logits)
        {
            string count = Invariant.Int(logits);
            if (head.Mask is { } mask)
            {
                // ML-Agents: a masked action's logit becomes −P0 (−1e8), an allowed one z − P1.
                string offset = Invariant.Int(mask.Offset);
                string p0 = FloatLiteral.Format(mask.Penalty0), slope = FloatLiteral.Format(mask.Penalty1 - mask.Penalty0);
                code.Open($"for (int k = 0; k < {count}; k++)");
                code.Line($"float m = input[{offset} + k];");
                code.Line($"z[k] = z[k] * m - ({p0} + {slope} * m);");
                code.Close();
            }
            int start = 0, group = 0;
            foreach (int size in head.GroupSizes(logits))
            {
                WriteGroup(code, head.Function, start, start + size, group++);
                start += size;
            }
        }

        /// <summary>The function over logits [<paramref name="start"/>, <paramref name="end"/>): one head of ML-Agents' branches, or all logits.</summary>
        private static void WriteGroup(CodeWriter code, OutputFunction function, int start, int end, int group)
        {
            string first = Invariant.Int(start), stop = Invariant.Int(end);
            switch (function)
            {
                case OutputFunction.ArgMax:
                    code.OpenBlock();
                    code.Line($"int best = {first};");
                    code.Line($"for (int k = {Invariant.Int(start + 1)}; k < {stop}; k++) if (z[k] > z[best]) best = k;");
                    code.Line($"output[{Invariant.Int(group)}] = best{(start == 0 ? "" : " - " + first)};");
                    code.Close();
                    break;
                case OutputFunction.Softmax:
                case OutputFunction.LogSoftmax:
                    code.OpenBlock();
                    code.Line($"float max = z[{first}];");
                    code.Line($"for (int k = {Invariant.Int(start + 1)}; k < {stop}; k++) max = Math.Max(max, z[k]);");
                    code.Line("float sum = 0;");
                    code.Line($"for (int k = {first}; k < {stop}; k++) sum += (float)Math.Exp(z[k] - max);");
                    code.Line(function == OutputFunction.Softmax
                        ? $"for (int k = {first}; k < {stop}; k++) output[k] = (float)Math.Exp(z[k] - max) / sum;"
                        : $"for (int k = {first}; k < {stop}; k++) output[k] = z[k] - max - (float)Math.Log(sum);");
                    code.Close();
                    break;
                default:
                    code.Line("z.CopyTo(output);");
                    break;
            }
        }
    }
}
