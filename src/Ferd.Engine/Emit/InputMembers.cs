using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Emit
{
    /// <summary>
    /// The public members for networks of several graph inputs (a length constant each and a
    /// <c>Predict</c> taking one span per input) and for classifiers (<c>PredictClass</c>).
    /// </summary>
    internal static class InputMembers
    {
        public static void WriteLengths(CodeWriter code, Network network)
        {
            if (network.Inputs.Count < 2) return;
            var lengths = LengthNames(network.Inputs);
            for (int i = 0; i < lengths.Count; i++)
            {
                code.Line($"/// <summary>Values of the graph input '{Escape(network.Inputs[i].Name)}' in one input.</summary>");
                code.Line(GeneratedClass.GeneratedCode);
                code.Line($"public const int {lengths[i]} = {Invariant.Int(network.Inputs[i].Length)};");
                code.Line();
            }
        }

        /// <summary>Predict(obs_0, obs_1, …, output): the graph inputs as separate spans, joined in graph order.</summary>
        public static void WritePredictPerInput(CodeWriter code, Network network, string outputType)
        {
            if (network.Inputs.Count < 2) return;
            var names = Parameters(network.Inputs);
            var lengths = LengthNames(network.Inputs);
            code.Line("/// <summary>Runs the compressed network on one input given as one span per graph input, in graph order.</summary>");
            code.Line(GeneratedClass.GeneratedCode);
            string parameters = string.Join(", ", names.Select(n => "global::System.ReadOnlySpan<float> " + n));
            code.Open($"public static void Predict({parameters}, global::System.Span<{outputType}> output)");
            for (int i = 0; i < names.Count; i++)
                CSharpEmitter.RequireLength(code, names[i], network.Inputs[i].Length, "value", lengths[i]);
            code.Line($"global::System.Span<float> input = stackalloc float[{Invariant.Int(network.InputCount)}];");
            int offset = 0;
            for (int i = 0; i < names.Count; i++)
            {
                code.Line($"{names[i]}.CopyTo(input.Slice({Invariant.Int(offset)}));");
                offset += network.Inputs[i].Length;
            }
            code.Line("Predict(input, output);");
            code.Close();
            code.Line();
        }

        /// <summary>PredictClass(input): the index of the largest output, for softmax and argmax heads.</summary>
        public static void WritePredictClass(CodeWriter code, Network network, string pass)
        {
            var function = network.Head.Function;
            if (function == OutputFunction.Identity) return;
            code.Line("/// <summary>The class the network predicts for one input: the index of its largest score.</summary>");
            code.Line(GeneratedClass.GeneratedCode);
            code.Open("public static int PredictClass(global::System.ReadOnlySpan<float> input)");
            CSharpEmitter.RequireLength(code, "input", network.InputCount, "input value", "InputCount");
            if (function == OutputFunction.ArgMax)
            {
                code.Line("global::System.Span<int> index = stackalloc int[1];");
                code.Line($"{pass}.Run(input, index);");
                code.Line("return index[0];");
            }
            else
            {
                code.Line($"global::System.Span<float> scores = stackalloc float[{Invariant.Int(network.OutputCount)}];");
                code.Line($"{pass}.Run(input, scores);");
                code.Line("int best = 0;");
                code.Line("for (int k = 1; k < scores.Length; k++) if (scores[k] > scores[best]) best = k;");
                code.Line("return best;");
            }
            code.Close();
            code.Line();
        }

        /// <summary>Parameter names from the input names; positional names where they would clash.</summary>
        private static List<string> Parameters(IReadOnlyList<InputSegment> inputs)
        {
            var names = inputs.Select(i => InputNames.Parameter(i.Name)).ToList();
            bool clash = names.Distinct().Count() != names.Count || names.Contains("output") || names.Contains("input");
            return clash ? Enumerable.Range(0, names.Count).Select(i => "input" + Invariant.Int(i)).ToList() : names;
        }

        /// <summary>Length constant names; positional ones where two inputs' names would clash (with each other or a generated member).</summary>
        private static List<string> LengthNames(IReadOnlyList<InputSegment> inputs)
        {
            var names = inputs.Select(i => InputNames.LengthConstant(i.Name)).ToList();
            bool clash = names.Distinct().Count() != names.Count || names.Any(CSharpEmitter.PublicMembers.Contains);
            return clash ? Enumerable.Range(0, names.Count).Select(i => "Input" + Invariant.Int(i) + "Length").ToList() : names;
        }

        private static string Escape(string name) => name.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\r", " ").Replace("\n", " ");
    }
}
