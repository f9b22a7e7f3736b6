using System.CommandLine;
using Ferd.Evaluation;
using Ferd.Research;

namespace Ferd.Cli.Verbs;

/// <summary>`ferd sweep MODEL --train CSV --test CSV [--epsilons E,E,..] [--json OUT] [--svg OUT]`.</summary>
internal static class SweepVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var train = new Option<string>("--train") { Description = "Training CSV: calibration rows for the refit and for Wanda.", Required = true };
        var test = new Option<string>("--test") { Description = "Test CSV with targets y (or y0..) for the RMSE.", Required = true };
        var epsilons = new Option<string?>("--epsilons") { Description = "Comma-separated tolerances; by default chosen to keep 95% down to 5% of the parameters." };
        var json = new Option<string?>("--json") { Description = "Write the sweep as JSON here." };
        var svg = new Option<string?>("--svg") { Description = "Write a plot of test RMSE against parameters kept here." };
        var graphOutput = new GraphOutputOption();
        var command = new Command("sweep", "Compare AFDE with magnitude pruning and Wanda at matched sizes.") { model, train, test, epsilons, json, svg };
        graphOutput.AddTo(command);
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(model);
            var network = ModelFile.Import(path, graphOutput.Get(parsed));
            if (!network.Head.IsIdentity)
                throw new UserError("sweep measures RMSE against regression targets; this model has an output head (softmax, argmax, action mask), which it does not compare yet.");
            var options = SweepOptions.Default;
            if (parsed.GetValue(epsilons) is { } list)
                options = options with { Epsilons = NumberList.Parse(list, "--epsilons", "a finite number ≥ 0", e => e >= 0) };
            var progress = new ProgressBar(console.Error, console.Interactive);
            var result = Sweep.Run(Path.GetFileNameWithoutExtension(path), network,
                CsvFiles.Load(parsed.GetRequiredValue(train)), CsvFiles.Load(parsed.GetRequiredValue(test)), options, progress);
            progress.Finish();
            console.Out.Write(result.ToMarkdown());
            if (parsed.GetValue(json) is { } jsonPath) File.WriteAllText(jsonPath, result.ToJson());
            if (parsed.GetValue(svg) is { } svgPath) File.WriteAllText(svgPath, SweepPlot.Svg(result));
            return FerdCommand.Ok;
        });
        return command;
    }
}
