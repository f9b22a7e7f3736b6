using Ferd.Generator;
using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Runs the generator in memory on one model and checks it reported instead of throwing.</summary>
internal static class GeneratorCase
{
    /// <summary>The two ways to ask for compression: a tolerance, or a parameter budget the generator searches ε for.</summary>
    public static readonly string[] Options = ["Epsilon = 0.1", "MaxParameters = 3000"];

    public static string Source(string options) => $$"""
        namespace Fuzz
        {
            [Ferd.CompressedNetwork("model.onnx", {{options}})]
            public static partial class Network { }
        }
        """;

    /// <summary>
    /// Null when the generator gave exactly one FERD diagnostic (not the internal-error one), on
    /// one line, and source that compiles: the network exactly when that diagnostic is the report,
    /// else the stand-in for a refused network; else what it did instead.
    /// </summary>
    public static string? Check(byte[] model, string options)
    {
        var driver = GeneratorHarness.Driver(("model.onnx", GeneratorHarness.Model("model.onnx", model)))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(Source(options)), out var output, out var driverDiagnostics);
        var result = driver.GetRunResult().Results.Single();
        if (result.Exception != null) return "the generator threw " + CaseBudget.Describe(result.Exception);
        var foreign = driverDiagnostics.Where(d => !d.Id.StartsWith("FERD", StringComparison.Ordinal)).ToList();
        if (foreign.Count > 0) return "the driver reported " + GeneratorHarness.Describe(foreign);
        if (result.Diagnostics.Length != 1) return $"{result.Diagnostics.Length} diagnostics: {GeneratorHarness.Describe(result.Diagnostics)}";
        var diagnostic = result.Diagnostics[0];
        if (!diagnostic.Id.StartsWith("FERD", StringComparison.Ordinal) || diagnostic.Id == FerdDiagnostics.InternalError.Id)
            return "reported " + diagnostic;
        EnginePipeline.RequireOneLine(diagnostic.GetMessage());
        if (diagnostic.Id == FerdDiagnostics.InvalidOption.Id) return "reported " + diagnostic;
        bool compiled = diagnostic.Id == FerdDiagnostics.CompressionReport.Id;
        var generated = result.GeneratedSources.Where(s => s.HintName == "Fuzz.Network.g.cs").Select(s => s.SourceText.ToString()).SingleOrDefault();
        if (generated == null) return $"{diagnostic.Id} without generated source";
        // A refused network gets the stand-in whose members throw; a compiled one the network.
        bool standIn = generated.Contains(Ferd.Emit.RefusedNetworkEmitter.Mark, StringComparison.Ordinal);
        if (compiled == standIn) return $"{diagnostic.Id} with {(standIn ? "the stand-in" : "a network")} as generated source";
        if (!Unseen(generated)) return null;
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        return errors.Count == 0 ? null : "the generated code does not compile: " + GeneratorHarness.Describe(errors.Take(3));
    }

    /// <summary>
    /// Many mutants (renames, reordered fields) generate the same code; each distinct source is
    /// compiled once.
    /// </summary>
    private static bool Unseen(string source)
    {
        string hash = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(source)));
        lock (Compiled) return Compiled.Add(hash);
    }

    private static readonly HashSet<string> Compiled = new(StringComparer.Ordinal);

    /// <summary>How many distinct generated sources have been compiled so far.</summary>
    public static int CompiledSources
    {
        get
        {
            lock (Compiled) return Compiled.Count;
        }
    }
}
