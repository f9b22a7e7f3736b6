using System.CommandLine;
using System.Globalization;
using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Networks;
using Ferd.Research;

namespace Ferd.Cli.Verbs;

/// <summary>
/// `ferd bound MODEL (--kept P,P.. | --epsilon E,E.. | --compressed OUT.onnx) --data CSV [--data CSV]
/// [--samples N] [--starts N] [--refinements N] [--seed N]`: how far compressed networks are from the
/// original over the data's box, found and certified, as one Markdown table row each.
/// </summary>
internal static class BoundVerb
{
    public static Command Create(CliConsole console)
    {
        var model = new Argument<string>("MODEL") { Description = "The original ONNX model." };
        var kept = new Option<string?>("--kept") { Description = "Comma-separated percentages of the parameters to keep: data-free AFDE at the smallest ε that fits each." };
        var epsilons = new Option<string?>("--epsilon") { Description = "Comma-separated tolerances: data-free AFDE at each." };
        var compressed = new Option<string?>("--compressed") { Description = "A compressed model (as `ferd compress --output` writes) to compare instead." };
        var data = new Option<string[]>("--data") { Description = "CSV of inputs x0..: the deviation is measured on its rows, and the box is their range. Repeat to join several.", Required = true };
        var samples = Count("--samples", "Uniform random points of the box.", DeviationOptions.Default.Samples);
        var starts = Count("--starts", "Hill climbs from random starts.", DeviationOptions.Default.Starts);
        var refinements = Count("--refinements", "Box splits of the refined certified bound.", DeviationOptions.Default.Refinements);
        var seed = Count("--seed", "Seed of the random points.", DeviationOptions.Default.Seed);
        var graphOutput = new GraphOutputOption();
        var command = new Command("bound", "Compare the deviation found by sampling and search with the certified bound.")
        {
            model, kept, epsilons, compressed, data, samples, starts, refinements, seed,
        };
        graphOutput.AddTo(command);
        command.SetAction(parsed =>
        {
            string path = parsed.GetRequiredValue(model);
            var original = ModelFile.Import(path, graphOutput.Get(parsed));
            if (!original.Head.IsIdentity)
                throw new UserError("bound compares regression outputs; this model has an output head (softmax, argmax, action mask), which it does not compare yet.");
            // An input stage is fixed preprocessing, kept by compression: the layers are compared on staged rows.
            var network = original.Trunk;
            if (!DeviationBound.Certifies(network))
                throw new UserError($"no certified bound is known for {DeviationBound.Uncertified(network)!.Name}.");
            double[][] rows = parsed.GetRequiredValue(data).SelectMany(csv => CsvFiles.Load(csv).Inputs(original.InputCount)).Select(x => original.Staged(x)).ToArray();
            if (rows.Length == 0) throw new UserError("--data has no rows.");
            var options = new DeviationOptions
            {
                Samples = parsed.GetValue(samples),
                Starts = parsed.GetValue(starts),
                Refinements = parsed.GetValue(refinements),
                Seed = parsed.GetValue(seed),
            };

            var networks = Compressions(parsed, original, kept, epsilons, compressed, graphOutput);
            var progress = new ProgressBar(console.Error, console.Interactive);
            string name = Path.GetFileNameWithoutExtension(path);
            for (int i = 0; i < networks.Count; i++)
            {
                progress.Report(new SweepProgress(i, networks.Count, networks[i].Label));
                string row = DeviationStudy.Run(network, networks[i].Network(), rows, options).ToMarkdownRow(name);
                // After the first network is made, so a mistake in it leaves nothing on stdout.
                if (i == 0) console.Out.Write(DeviationReport.MarkdownHeader(options));
                console.Out.Write(row);
            }
            progress.Finish();
            return FerdCommand.Ok;
        });
        return command;
    }

    private static Option<int> Count(string name, string description, int fallback) => new(name)
    {
        Description = $"{description} (default {fallback.ToString(CultureInfo.InvariantCulture)})",
        DefaultValueFactory = _ => fallback,
        Validators = { result => { if (result.GetValueOrDefault<int>() < 0) result.AddError($"{name} cannot be negative."); } },
    };

    /// <summary>The networks to compare, made only when their turn comes (an ε search takes a while).</summary>
    private static List<(string Label, Func<Network> Network)> Compressions(ParseResult parsed, Network original,
        Option<string?> kept, Option<string?> epsilons, Option<string?> compressed, GraphOutputOption graphOutput)
    {
        string? keptList = parsed.GetValue(kept), epsilonList = parsed.GetValue(epsilons), file = parsed.GetValue(compressed);
        if ((keptList != null ? 1 : 0) + (epsilonList != null ? 1 : 0) + (file != null ? 1 : 0) != 1)
            throw new UserError("give one of --kept, --epsilon or --compressed.");
        if (file != null)
            return [(file, () => Comparable(original, ModelFile.Import(file, graphOutput.Get(parsed)), file))];
        var network = original.Trunk;
        if (epsilonList != null)
        {
            return NumberList.Parse(epsilonList, "--epsilon", "a finite number ≥ 0", e => e >= 0)
                .Select(e => ("ε = " + e.ToString(CultureInfo.InvariantCulture), (Func<Network>)(() => DataFreeCompressor.Compress(network, e).Compressed)))
                .ToList();
        }
        var search = new EpsilonSearch();
        return NumberList.Parse(keptList!, "--kept", "a percentage in (0, 100]", p => p > 0 && p <= 100)
            .Select(p => (p.ToString(CultureInfo.InvariantCulture) + "% kept",
                (Func<Network>)(() => Reached(search, network, p))))
            .ToList();
    }

    private static Network Reached(EpsilonSearch search, Network network, double percent)
    {
        try
        {
            return search.ForParameters(network, Math.Max(1, (int)Math.Floor(percent / 100 * network.ParameterCount))).Compressed;
        }
        catch (BudgetException e)
        {
            throw new UserError($"--kept {percent.ToString(CultureInfo.InvariantCulture)}: {e.Message}");
        }
    }

    /// <summary>The layers of a compressed model the bound can compare: the original's stage, layers, activations and outputs.</summary>
    private static Network Comparable(Network original, Network compressed, string file)
    {
        bool same = compressed.InputCount == original.InputCount && compressed.OutputCount == original.OutputCount
            && compressed.Head.IsIdentity && compressed.Stage.SameAs(original.Stage) && compressed.Layers.Count == original.Layers.Count
            && compressed.Layers.Zip(original.Layers).All(p => p.First.Activation.Name == p.Second.Activation.Name);
        if (!same)
            throw new UserError($"'{file}' is not a compression of the model: it needs the same inputs, input stage, outputs, number of layers and activations.");
        return compressed.Trunk;
    }
}
