using Ferd.Evaluation;

namespace Ferd.Tests;

public class RunVerbTests
{
    [Theory]
    [MemberData(nameof(TestData.AllNames), MemberType = typeof(TestData))]
    public void Run_reproduces_onnx_runtime(string name)
    {
        using var temp = new TempDirectory();
        string outputs = temp.File("out.csv");

        var result = Cli.Run("run", TestData.Model(name), "--input", TestData.TestInputs(name), "--output", outputs);

        Assert.Equal(0, result.ExitCode);
        var expected = ReferenceRows.For(name).Outputs;
        var actual = CsvTable.Load(outputs);
        int count = actual.Columns.Count;
        Assert.Equal(expected[0].Length, count);
        var produced = actual.Columnset("out", count);
        Assert.Equal(expected.Length, produced.Length);
        for (int r = 0; r < expected.Length; r++)
        {
            for (int c = 0; c < count; c++)
            {
                double tolerance = ReferenceRows.For(name).Tolerance(c, expected[r][c]);
                Assert.True(Math.Abs(expected[r][c] - produced[r][c]) <= tolerance,
                    $"row {r}, out{c}: ONNX Runtime {expected[r][c]}, ferd {produced[r][c]}");
            }
        }
    }

    [Fact]
    public void Run_writes_to_standard_output_without_output_option()
    {
        var result = Cli.Run("run", TestData.Model("vanderpol_tanh"), "--input", TestData.TestInputs("vanderpol_tanh"));

        Assert.Equal(0, result.ExitCode);
        var table = CsvTable.Parse(result.Out);
        Assert.Equal(["out0", "out1"], table.Columns);
        Assert.Equal(CsvTable.Load(TestData.TestInputs("vanderpol_tanh")).Rows.Length, table.Rows.Length);
    }

    [Fact]
    public void Missing_model_is_one_line()
    {
        Cli.AssertUserError(Cli.Run("run", "no-such.onnx", "--input", TestData.TestInputs("energy_relu")), "model 'no-such.onnx' not found");
    }

    [Fact]
    public void Missing_input_option_is_one_line()
    {
        Cli.AssertUserError(Cli.Run("run", TestData.Model("energy_relu")), "--input");
    }

    [Fact]
    public void A_file_that_is_not_onnx_is_one_line()
    {
        var result = Cli.Run("run", TestData.TestInputs("energy_relu"), "--input", TestData.TestInputs("energy_relu"));
        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void A_malformed_csv_names_line_and_column()
    {
        using var temp = new TempDirectory();
        string csv = temp.File("bad.csv");
        File.WriteAllText(csv, "x0,x1\n1,oops\n");
        Cli.AssertUserError(Cli.Run("run", TestData.Model("vanderpol_tanh"), "--input", csv), "line 2, column 'x1'");
    }

    [Fact]
    public void Unknown_verb_is_one_line()
    {
        var result = Cli.Run("squash", "model.onnx");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
