using Ferd.Compiling;
using Ferd.Emit;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>The path the generator takes, through the same compiler: import, compress at a few ε, emit.</summary>
internal static class EnginePipeline
{
    public static readonly double[] Epsilons = [0, 0.1, 1e6];

    private static readonly EmitTarget Target = new("Fuzz", "Network");

    /// <summary>
    /// Compiled or Refused; throws anything that escapes the compiler, and fails a refusal whose
    /// message is not one line, literals that are not finite floats, or code without the class.
    /// </summary>
    public static Outcome Run(byte[] bytes)
    {
        foreach (double epsilon in Epsilons)
        {
            var compiled = Compiler.Compile(bytes, new CompileSettings { Epsilon = epsilon }, Target);
            if (!compiled.Succeeded)
            {
                RequireOneLine(compiled.Problems[0].ToString());
                return Outcome.Refused;
            }
            string source = compiled.Source!;
            if (source.Contains("Infinity", StringComparison.Ordinal) || source.Contains("NaN", StringComparison.Ordinal))
                throw new InvalidOperationException($"At ε = {epsilon} the emitted weights are not finite floats.");
            if (!source.Contains("partial class Network", StringComparison.Ordinal))
                throw new InvalidOperationException("The emitted source declares no class.");
        }
        return Outcome.Emitted;
    }

    public static void RequireOneLine(string message)
    {
        if (message.Length == 0 || message.IndexOfAny(LineBreaks) >= 0)
            throw new InvalidOperationException($"The refusal is not one line: \"{message.ReplaceLineEndings("⏎")}\"");
    }

    private static readonly char[] LineBreaks = ['\r', '\n', '\u0085', '\u2028', '\u2029'];
}
