using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>
/// A refused network still gives its class the generated API, members that throw naming the
/// diagnostic, so code calling the class compiles and the FERD error is the only one.
/// </summary>
public class RefusedNetworkTests
{
    private const string Attributed = """
        namespace Game
        {
            [Ferd.CompressedNetwork("models/brain.onnx", OPTIONS)]
            public static partial class Brain { }
        }
        """;

    /// <summary>Calls every member, the one-output Predict included, and uses the constants where C# needs constants.</summary>
    private const string EveryCall = """
        namespace Use
        {
            public static class Caller
            {
                private const int Kept = Game.Brain.ParameterCount * 100 / Game.Brain.OriginalParameterCount;

                public static float Run()
                {
                    System.Span<float> input = stackalloc float[Game.Brain.InputCount];
                    float[] output = new float[Game.Brain.OutputCount];
                    Game.Brain.Predict(input, output);
                    Game.Brain.PredictBatch(input, output);
                    return Game.Brain.Predict(input) + Kept;
                }
            }
        }
        """;

    private static readonly (string, AdditionalText) Unreadable = ("models/brain.onnx", GeneratorHarness.Model("models/brain.onnx", [0xff, 0xff, 0xff, 0xff, 0x0f]));

    public static TheoryData<string, string> RefusedBeforeImport() => new()
    {
        { "FERD001", "no item" },
        { "FERD001", "missing file" },
        { "FERD002", "unreadable" },
        { "FERD003", "unsupported operator" },
        { "FERD007", "invalid option" },
        { "FERD012", "missing data" },
    };

    [Theory]
    [MemberData(nameof(RefusedBeforeImport))]
    public void Every_call_compiles_and_only_the_refusal_is_reported(string id, string refusal)
    {
        var (driver, options) = refusal switch
        {
            "no item" => (GeneratorHarness.Driver(), "Epsilon = 0"),
            "missing file" => (GeneratorHarness.Driver([], [], GeneratorHarness.Missing(("models/brain.onnx", "/project/models/brain.onnx"))), "Epsilon = 0"),
            "unreadable" => (GeneratorHarness.Driver(Unreadable), "Epsilon = 0"),
            "unsupported operator" => (GeneratorHarness.Driver(Broken(nameof(BrokenModels.UnsupportedOperator))), "Epsilon = 0"),
            "invalid option" => (GeneratorHarness.Driver(Unreadable), "Epsilon = -1"),
            _ => (GeneratorHarness.Driver(Unreadable), "CalibrationData = \"data/none.csv\""),
        };
        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(Attributed.Replace("OPTIONS", options), EveryCall), out var output);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var brain = GeneratedAssembly.Compile(Stub(result)).GetType("Game.Brain")!;
        string expected = id + ": " + diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => GeneratedAssembly.Predict(brain)([1f], new float[1])).Message);
        Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => GeneratedAssembly.PredictBatch(brain)([1f], new float[1])).Message);
        Assert.Equal(expected, Assert.Throws<InvalidOperationException>(() => GeneratedAssembly.PredictSingle(brain)!([1f])).Message);
        Assert.All(["InputCount", "OutputCount", "ParameterCount", "OriginalParameterCount"], name => Assert.Equal(1, GeneratedAssembly.Constant(brain, name)));
    }

    [Fact]
    public void Refused_network_that_was_imported_keeps_its_counts_and_overloads()
    {
        const string calls = """
            public static class Caller
            {
                public static void Run(float[] input, float[] output)
                {
                    Game.Brain.Predict(input, output);
                    Game.Brain.PredictBatch(input, output);
                }
            }
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(Broken(nameof(BrokenModels.TooLarge))), GeneratorHarness.Compilation(Attributed.Replace("OPTIONS", "Epsilon = 0"), calls), out var output);

        Assert.Equal("FERD009", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        var brain = GeneratedAssembly.Compile(Stub(result)).GetType("Game.Brain")!;
        Assert.Equal(2001, GeneratedAssembly.Constant(brain, "InputCount"));
        Assert.Equal(2000, GeneratedAssembly.Constant(brain, "OutputCount"));
        Assert.Equal(4_004_000, GeneratedAssembly.Constant(brain, "OriginalParameterCount"));
        Assert.Null(GeneratedAssembly.PredictSingle(brain));
    }

    [Fact]
    public void Stand_in_goes_where_the_class_is_declared()
    {
        const string source = """
            namespace Game
            {
                public partial class Host
                {
                    [Ferd.CompressedNetwork("models/brain.onnx")]
                    internal partial class Brain { }
                }

                internal static class Caller
                {
                    public static float Run(float[] input) => Host.Brain.Predict(input) + Host.Brain.InputCount;
                }
            }
            """;
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(Unreadable), GeneratorHarness.Compilation(source), out var output);

        Assert.Equal("FERD002", Assert.Single(result.Diagnostics).Id);
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
        Assert.Contains("    internal partial class Brain\n", Stub(result));
    }

    [Fact]
    public void Stand_in_matches_its_snapshot() =>
        Snapshot.Verify(Stub(GeneratorHarness.Run(GeneratorHarness.Driver(Broken(nameof(BrokenModels.UnsupportedOperator))), GeneratorHarness.Compilation(Attributed.Replace("OPTIONS", "Epsilon = 0")), out _)),
            "RefusedNetworkTests.UnsupportedOperator", "cs");

    private static (string, AdditionalText) Broken(string model) =>
        ("models/brain.onnx", GeneratorHarness.Model("models/brain.onnx", (byte[])typeof(BrokenModels).GetMethod(model)!.Invoke(null, null)!));

    private static string Stub(GeneratorRunResult result) =>
        result.GeneratedSources.Single(s => s.HintName != Ferd.Emit.KernelSource.FerdMathHintName).SourceText.ToString();
}
