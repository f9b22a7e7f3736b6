using System.Text.Json;
using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Onnx;

namespace Ferd.Tests;

public class CompressVerbTests
{
    [Theory]
    [MemberData(nameof(TestData.Names), MemberType = typeof(TestData))]
    public void Written_model_reimports_as_the_in_memory_quotient(string name)
    {
        using var temp = new TempDirectory();
        string written = temp.File("compressed.onnx");

        var result = Cli.Run("compress", TestData.Model(name), "--epsilon", "0.2", "--output", written, "--json");

        Assert.Equal(0, result.ExitCode);
        var original = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name)));
        var expected = DataFreeCompressor.Compress(original, 0.2).Compressed;
        var reimported = NetworkImporter.Import(File.ReadAllBytes(written));
        Assert.Equal(original.InputName, reimported.InputName);
        Assert.Equal(original.OutputName, reimported.OutputName);
        Assert.Equal(expected.ParameterCount, reimported.ParameterCount);
        foreach (var row in ReferenceRows.For(name).Inputs)
        {
            double[] want = expected.Evaluate(row), got = reimported.Evaluate(row);
            for (int i = 0; i < want.Length; i++)
                Assert.True(Math.Abs(want[i] - got[i]) <= 1e-5 * Math.Max(1, Math.Abs(want[i])), $"{want[i]} vs {got[i]}");
        }

        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal(original.ParameterCount, root.GetProperty("original_params").GetInt32());
        Assert.Equal(expected.ParameterCount, root.GetProperty("compressed_params").GetInt32());
        Assert.Equal(0.2, root.GetProperty("epsilon").GetDouble());
        var layers = root.GetProperty("layers").EnumerateArray().ToArray();
        Assert.Equal(original.Layers.Count, layers.Length);
        for (int l = 0; l < layers.Length; l++)
        {
            Assert.Equal(l + 1, layers[l].GetProperty("index").GetInt32());
            Assert.Equal(original.Layers[l].InputCount, layers[l].GetProperty("inputs").GetInt32());
            Assert.Equal(original.Layers[l].OutputCount, layers[l].GetProperty("neurons_before").GetInt32());
            Assert.Equal(expected.Layers[l].OutputCount, layers[l].GetProperty("neurons_after").GetInt32());
            Assert.False(string.IsNullOrEmpty(layers[l].GetProperty("activation").GetString()));
        }
    }

    public static TheoryData<string, double> EveryModelExactAndCompressed()
    {
        var data = new TheoryData<string, double>();
        foreach (string name in TestData.FloatModelNames)
        {
            data.Add(name, 0);
            data.Add(name, 0.3);
        }
        return data;
    }

    /// <summary>
    /// ONNX Runtime loads what <c>compress --output</c> writes and computes with it what Ferd
    /// computes: the original outputs at ε = 0, the compressed network's outputs at ε > 0.
    /// </summary>
    [Theory]
    [MemberData(nameof(EveryModelExactAndCompressed))]
    public void Written_model_runs_in_onnx_runtime_with_ferds_outputs(string name, double epsilon)
    {
        using var temp = new TempDirectory();
        string written = temp.File("compressed.onnx");

        var result = Cli.Run("compress", TestData.Model(name), "--epsilon", epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture), "--output", written);

        Assert.Equal(0, result.ExitCode);
        var reference = ReferenceRows.For(name);
        var actual = OnnxRuntimeReference.Run(written, reference.Inputs);
        var compressed = DataFreeCompressor.Compress(NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name))), epsilon).Compressed;
        var inputs = reference.FloatInputs;
        for (int r = 0; r < actual.Length; r++)
        {
            double[] expected = epsilon == 0 ? reference.Outputs[r] : compressed.Evaluate(inputs[r].Select(v => (double)v).ToArray());
            for (int k = 0; k < expected.Length; k++)
            {
                double tolerance = reference.Tolerance(k, expected[k]);
                Assert.True(Math.Abs(expected[k] - actual[r][k]) <= tolerance, $"{name} at epsilon {epsilon}, row {r}, out{k}: expected {expected[k]}, ONNX Runtime {actual[r][k]}");
            }
        }
    }

    [Fact]
    public void Text_report_gives_parameters_before_and_after()
    {
        var result = Cli.Run("compress", TestData.Model("concrete_tanh"), "--epsilon", "0.3");

        Assert.Equal(0, result.ExitCode);
        var original = NetworkImporter.Import(File.ReadAllBytes(TestData.Model("concrete_tanh")));
        int after = DataFreeCompressor.Compress(original, 0.3).Compressed.ParameterCount;
        Assert.Contains($"parameters  {original.ParameterCount} -> {after} ", result.Out);
    }

    [Theory]
    [InlineData("-1", "--epsilon must be a finite number")]
    [InlineData("NaN", "--epsilon must be a finite number")]
    [InlineData("abc", "abc")]
    public void Bad_epsilon_is_one_line(string epsilon, string message)
    {
        Cli.AssertUserError(Cli.Run("compress", TestData.Model("energy_relu"), "--epsilon", epsilon), message);
    }

    [Fact]
    public void Epsilon_is_required()
    {
        Cli.AssertUserError(Cli.Run("compress", TestData.Model("energy_relu")), "--epsilon");
    }

    [Fact]
    public void Run_at_epsilon_zero_computes_the_original_function()
    {
        string model = TestData.Model("energy_relu"), input = TestData.TestInputs("energy_relu");
        var plain = CsvTable.Parse(Cli.Run("run", model, "--input", input).Out).Rows;
        var lumped = CsvTable.Parse(Cli.Run("run", model, "--input", input, "--epsilon", "0").Out).Rows;

        Assert.Equal(plain.Length, lumped.Length);
        for (int r = 0; r < plain.Length; r++)
            Assert.True(Math.Abs(plain[r][0] - lumped[r][0]) <= 1e-9 * Math.Max(1, Math.Abs(plain[r][0])));
    }

    [Fact]
    public void Run_at_positive_epsilon_uses_the_compressed_network()
    {
        string model = TestData.Model("concrete_tanh"), input = TestData.TestInputs("concrete_tanh");
        var lumped = CsvTable.Parse(Cli.Run("run", model, "--input", input, "--epsilon", "0.3").Out).Rows;

        var compressed = DataFreeCompressor.Compress(NetworkImporter.Import(File.ReadAllBytes(model)), 0.3).Compressed;
        // run feeds the model float32 inputs, as the graph declares.
        var rows = CsvTable.Load(input).Inputs(compressed.InputCount);
        for (int r = 0; r < rows.Length; r++)
            Assert.Equal(compressed.Evaluate(rows[r].Select(v => (double)(float)v).ToArray())[0], lumped[r][0], 12);
    }
}

public class CompressBudgetTests
{
    [Fact]
    public void A_parameter_budget_is_met_and_reported()
    {
        var result = Cli.Run("compress", TestData.Model("concrete_tanh"), "--max-parameters", "1500", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.InRange(json.RootElement.GetProperty("compressed_params").GetInt32(), 1, 1500);
        Assert.True(json.RootElement.GetProperty("epsilon").GetDouble() > 0);
        Assert.False(json.RootElement.GetProperty("calibrated").GetBoolean());
    }

    [Fact]
    public void Calibration_data_certifies_a_bound()
    {
        string model = TestData.Model("vanderpol_tanh");
        var result = Cli.Run("compress", model, "--epsilon", "0.3", "--calibration", TestData.TestInputs("vanderpol_tanh"), "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("calibrated").GetBoolean());
        double bound = json.RootElement.GetProperty("deviation_bound").GetDouble();
        var original = NetworkImporter.Import(File.ReadAllBytes(model));
        var request = new CompressionRequest { Epsilon = 0.3, Calibration = CsvTable.Load(TestData.TestInputs("vanderpol_tanh")).Inputs(2) };
        var compressed = CompressionPipeline.Run(original, request).Compressed;
        foreach (var row in request.Calibration)
        {
            double deviation = original.Evaluate(row).Zip(compressed.Evaluate(row), (a, b) => Math.Abs(a - b)).Max();
            Assert.True(deviation <= bound, $"{deviation} > {bound}");
        }
    }

    [Fact]
    public void An_error_budget_on_validation_data_is_met()
    {
        string model = TestData.Model("kin8nm_sigmoid"), test = TestData.Dataset("kin8nm_sigmoid", "test");
        using var temp = new TempDirectory();
        string written = temp.File("small.onnx");

        var result = Cli.Run("compress", model, "--max-error", "0.08", "--validation", test, "--output", written);

        Assert.Equal(0, result.ExitCode);
        var compressed = NetworkImporter.Import(File.ReadAllBytes(written));
        var table = CsvTable.Load(test);
        Assert.True(Ferd.Evaluation.Rmse.Of(compressed, table.Inputs(8), table.Columnset("y", 1)) <= 0.08 + 1e-6);
    }

    [Theory]
    [InlineData("--max-error", "0.1", "--max-error is measured on data: give --validation, or --calibration")]
    [InlineData("--max-parameters", "0", "--max-parameters must be a positive number of parameters, got 0")]
    public void Bad_budgets_are_one_line(string option, string value, string message)
    {
        Cli.AssertUserError(Cli.Run("compress", TestData.Model("energy_relu"), option, value), message);
    }

    [Fact]
    public void Validation_data_without_an_error_budget_is_refused()
    {
        var result = Cli.Run("compress", TestData.Model("vanderpol_tanh"), "--epsilon", "0.1", "--validation", TestData.Dataset("vanderpol_tanh", "test"));
        Cli.AssertUserError(result, "--validation only serves --max-error");
    }

    [Fact]
    public void An_error_budget_measures_on_the_calibration_rows_without_validation_data()
    {
        using var temp = new TempDirectory();
        string calibration = temp.File("calibration.csv");
        File.WriteAllLines(calibration, File.ReadLines(TestData.Dataset("vanderpol_tanh", "train")).Take(101));

        var result = Cli.Run("compress", TestData.Model("vanderpol_tanh"), "--max-error", "0.05", "--calibration", calibration, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetProperty("compressed_params").GetInt32() < NetworkImporter.Import(File.ReadAllBytes(TestData.Model("vanderpol_tanh"))).ParameterCount);
    }

    [Fact]
    public void An_unreachable_budget_is_one_line()
    {
        var result = Cli.Run("compress", TestData.Model("vanderpol_tanh"), "--max-error", "1e-12",
            "--validation", TestData.Dataset("vanderpol_tanh", "test"));
        Cli.AssertUserError(result, "already");
    }
}
