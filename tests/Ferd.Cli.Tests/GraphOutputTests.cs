using Ferd.Evaluation;

namespace Ferd.Tests;

/// <summary>
/// Models with several outputs and inputs on the command line: the default output, --graph-output
/// on every verb that reads a model, and compressed policies written back as ONNX.
/// </summary>
public class GraphOutputTests
{
    private static string Shape(string name) => Path.Combine(TestData.Models, "shapes", name + ".onnx");

    private static string Policy(string name) => Path.Combine(TestData.Models, "mlagents", name + ".onnx");

    /// <summary>Every PyTorch shape Ferd compiles and every policy, through `ferd run`, against ONNX Runtime.</summary>
    public static TheoryData<string> Compiled()
    {
        var data = new TheoryData<string>();
        foreach (string file in Directory.GetFiles(Path.Combine(TestData.Models, "shapes"), "*.onnx").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(file);
            if (!name.StartsWith("unsupported_", StringComparison.Ordinal) && name != "two_heads") data.Add("shapes/" + name);
        }
        foreach (string policy in new[] { "3DBall", "Walker", "Basic", "PushBlock" }) data.Add("mlagents/" + policy);
        return data;
    }

    [Theory]
    [MemberData(nameof(Compiled))]
    public void Run_reproduces_onnx_runtime(string model)
    {
        string path = Path.Combine(TestData.Models, model + ".onnx");
        string inputs = model.StartsWith("mlagents/", StringComparison.Ordinal)
            ? Path.Combine(TestData.Models, model + ".reference.csv")
            : Path.Combine(TestData.Models, model + ".inputs.csv");
        var result = Cli.Run("run", path, "--input", inputs);
        Assert.Equal(0, result.ExitCode);
        var rows = CsvTable.Load(inputs).Inputs(OnnxRuntimeReference.InputWidth(File.ReadAllBytes(path)));
        var expected = OnnxRuntimeReference.Run(path, rows, OutputOf(path));
        var actual = CsvTable.Parse(result.Out).Columnset("out", expected[0].Length);
        for (int r = 0; r < rows.Length; r++)
            for (int k = 0; k < expected[r].Length; k++) Assert.Equal(expected[r][k], actual[r][k], 1e-5 * (Math.Abs(expected[r][k]) + 1));
    }

    private static string OutputOf(string path) => Ferd.Onnx.NetworkImporter.Import(File.ReadAllBytes(path)).OutputName;

    [Fact]
    public void A_policy_compiles_its_deterministic_actions_by_default()
    {
        var result = Cli.Run("inspect", Policy("PushBlock"));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("input       obs_0 [N, 105]", result.Out);
        Assert.Contains("input       action_masks [N, 7]", result.Out);
        Assert.Contains("output      deterministic_discrete_actions [N, 1] int64", result.Out);
        Assert.Contains("head        argmax with action mask", result.Out);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("ode")]
    public void Two_candidate_outputs_are_listed_with_how_to_choose(string verb)
    {
        var result = Cli.Run(verb, Shape("two_heads"));
        Cli.AssertUserError(result, "choose one with Output = \"name\" (CLI: --graph-output name)");
        Assert.Contains("'value', 'probs'", result.Error);
    }

    [Theory]
    [InlineData("value", 1)]
    [InlineData("probs", 4)]
    public void Run_computes_the_chosen_output_as_onnx_runtime_does(string output, int width)
    {
        string inputs = Path.Combine(TestData.Models, "shapes", "two_heads.inputs.csv");
        var result = Cli.Run("run", Shape("two_heads"), "--input", inputs, "--graph-output", output);
        Assert.Equal(0, result.ExitCode);
        var actual = CsvTable.Parse(result.Out).Columnset("out", width);
        var expected = OnnxRuntimeReference.Run(Shape("two_heads"), CsvTable.Load(inputs).Rows, output);
        for (int r = 0; r < expected.Length; r++)
            for (int k = 0; k < width; k++) Assert.Equal(expected[r][k], actual[r][k], 1e-5 * (Math.Abs(expected[r][k]) + 1));
    }

    [Fact]
    public void A_random_output_is_refused_naming_its_node()
    {
        var result = Cli.Run("inspect", Policy("3DBall"), "--graph-output", "continuous_actions");
        Cli.AssertUserError(result, "depends on the random node '/RandomNormalLike' (RandomNormalLike)");
    }

    [Theory]
    [InlineData("Basic")]
    [InlineData("3DBall")]
    public void Compressed_policy_written_as_onnx_runs_in_onnx_runtime_with_the_same_inputs_and_output(string name)
    {
        using var temp = new TempDirectory();
        string written = Path.Combine(temp.Path, name + ".onnx");
        var result = Cli.Run("compress", Policy(name), "--epsilon", "0", "--output", written);
        Assert.Equal(0, result.ExitCode);
        var rows = CsvTable.Load(Path.Combine(TestData.Models, "mlagents", name + ".reference.csv")).Inputs(OnnxRuntimeReference.InputWidth(File.ReadAllBytes(Policy(name))));
        string output = name == "Basic" ? "deterministic_discrete_actions" : "deterministic_continuous_actions";
        var expected = OnnxRuntimeReference.Run(Policy(name), rows, output);
        var actual = OnnxRuntimeReference.Run(written, rows, output);
        for (int r = 0; r < rows.Length; r++)
            for (int k = 0; k < expected[r].Length; k++) Assert.Equal(expected[r][k], actual[r][k], 1e-5 * (Math.Abs(expected[r][k]) + 1));
    }
}
