using System.CommandLine;

namespace Ferd.Cli.Verbs;

/// <summary>`ferd run MODEL --input CSV [--output CSV] [--epsilon E]`: the network's outputs for each input row.</summary>
internal static class RunVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The ONNX model." };
        var input = new Option<string>("--input") { Description = "CSV of inputs (columns x0.., else the first columns).", Required = true };
        var output = new Option<string?>("--output") { Description = "Where to write the outputs (out0..); standard output if omitted." };
        var compression = new CompressionOptions();
        var command = new Command("run", "Run a model, compressed if --epsilon or a budget is given, on the rows of a CSV file.") { model, input, output };
        compression.AddTo(command);
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(model);
            var network = compression.Given(parsed) ? compression.Compile(parsed, path).Result!.Compressed : ModelFile.Import(path, compression.GraphOutput.Get(parsed));
            var rows = CsvFiles.Load(parsed.GetRequiredValue(input)).Inputs(network.InputCount);
            // The graph's input is float32: the model sees each value rounded to float, as any
            // runtime feeds it. (A normalization by a tiny standard deviation makes that rounding visible.)
            string text = CsvFiles.Outputs(rows.Select(r => network.Evaluate(r.Select(v => (double)(float)v).ToArray())), network.OutputCount);
            Write(console, parsed.GetValue(output), text);
            return FerdCommand.Ok;
        });
        return command;
    }

    internal static void Write(CliConsole console, string? path, string text)
    {
        if (path is null) console.Out.Write(text);
        else File.WriteAllText(path, text);
    }
}
