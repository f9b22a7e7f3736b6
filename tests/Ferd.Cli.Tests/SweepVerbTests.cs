using System.Text.Json;
using System.Xml.Linq;
using Ferd.Cli;
using Ferd.Evaluation;
using Ferd.Research;

namespace Ferd.Tests;

public class SweepVerbTests
{
    private static string[] Arguments(params string[] extra) =>
    [
        "sweep", TestData.Model("vanderpol_tanh"),
        "--train", TestData.Dataset("vanderpol_tanh", "train"),
        "--test", TestData.Dataset("vanderpol_tanh", "test"),
        .. extra,
    ];

    [Fact]
    public void Sweep_writes_table_json_and_plot()
    {
        using var temp = new TempDirectory();
        string json = temp.File("sweep.json"), svg = temp.File("sweep.svg");

        var result = Cli.Run(Arguments("--epsilons", "0,0.3", "--json", json, "--svg", svg));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Error);
        using var document = JsonDocument.Parse(File.ReadAllText(json));
        var root = document.RootElement;
        Assert.Equal("vanderpol_tanh", root.GetProperty("model").GetString());
        int original = root.GetProperty("original_params").GetInt32();
        var points = root.GetProperty("points").EnumerateArray().ToArray();
        Assert.Equal([0.0, 0.3], points.Select(p => p.GetProperty("epsilon").GetDouble()));
        Assert.Equal(original, points[0].GetProperty("params").GetInt32());
        Assert.True(points[1].GetProperty("params").GetInt32() < original);
        foreach (var point in points)
        {
            var rmse = point.GetProperty("rmse");
            foreach (string method in new[] { "afde", "afde_refit", "magnitude", "wanda" })
                Assert.True(rmse.GetProperty(method).GetDouble() > 0);
            Assert.Equal(100.0 * point.GetProperty("params").GetInt32() / original, point.GetProperty("kept_percent").GetDouble(), 9);
        }
        Assert.Equal("svg", XDocument.Load(svg).Root!.Name.LocalName);
        Assert.Contains("| 0.3 | " + points[1].GetProperty("params").GetInt32(), result.Out);
    }

    [Fact]
    public void A_model_with_an_input_stage_sweeps_its_layers_and_one_with_a_head_is_refused()
    {
        var staged = Cli.Run("sweep", TestData.Model("naval_leakyrelu"), "--epsilons", "0.3",
            "--train", TestData.Dataset("naval_leakyrelu", "train"), "--test", TestData.Dataset("naval_leakyrelu", "test"));

        Assert.Equal(0, staged.ExitCode);
        Assert.Contains("6801 parameters", staged.Out);
        Assert.Contains("| 0.3 | ", staged.Out);
        Cli.AssertUserError(Cli.Run("sweep", Path.Combine(TestData.Models, "mlagents", "Basic.onnx"),
            "--train", TestData.Dataset("vanderpol_tanh", "test"), "--test", TestData.Dataset("vanderpol_tanh", "test")), "this model has an output head");
    }

    [Fact]
    public void A_bad_tolerance_list_is_one_line()
    {
        Cli.AssertUserError(Cli.Run(Arguments("--epsilons", "0,x")), "--epsilons: 'x' is not a finite number");
    }

    [Fact]
    public void Test_data_without_targets_is_one_line()
    {
        using var temp = new TempDirectory();
        string test = temp.File("inputs-only.csv");
        File.WriteAllText(test, "x0,x1\n0.5,1\n");
        Cli.AssertUserError(Cli.Run(
            "sweep", TestData.Model("vanderpol_tanh"), "--train", TestData.Dataset("vanderpol_tanh", "train"),
            "--test", test, "--epsilons", "0"), "no column");
    }

    [Fact]
    public void Progress_bar_fills_with_the_work_done()
    {
        Assert.StartsWith("[" + new string('.', 30) + "] 0/4", ProgressBar.Render(new SweepProgress(0, 4, "start")));
        Assert.StartsWith("[" + new string('#', 15) + new string('.', 15) + "] 2/4 ε = 0.3", ProgressBar.Render(new SweepProgress(2, 4, "ε = 0.3")));
        Assert.StartsWith("[" + new string('#', 30) + "] 4/4", ProgressBar.Render(new SweepProgress(4, 4, "done")));
    }

    [Fact]
    public void Progress_is_drawn_only_on_a_terminal()
    {
        var quiet = new StringWriter();
        new ProgressBar(quiet, interactive: false).Report(new SweepProgress(1, 2, "x"));
        Assert.Equal("", quiet.ToString());

        var terminal = new StringWriter();
        new ProgressBar(terminal, interactive: true).Report(new SweepProgress(1, 2, "x"));
        Assert.StartsWith("\r[###############", terminal.ToString());
    }
}
