using System.CommandLine;
using Ferd.Lumping;
using Ferd.Networks;

namespace Ferd.Cli.Verbs;

/// <summary>
/// The options that say how to compress — a tolerance, or a budget, optionally with data — shared
/// by `run`, `compress` and `emit` so they read the same everywhere and map onto one
/// <see cref="CompressionRequest"/>.
/// </summary>
internal sealed class CompressionOptions
{
    private readonly Option<double?> epsilon = new("--epsilon")
    {
        Description = "Tolerance of approximate differential equivalence (dimensionless, ≥ 0; 0 merges exact equivalents only).",
    };

    private readonly Option<int?> maxParameters = new("--max-parameters")
    {
        Description = "Parameter budget: search the tolerance for the least error within this many parameters.",
    };

    private readonly Option<double?> maxError = new("--max-error")
    {
        Description = "Error budget: the smallest network whose RMSE on --validation data is at most this.",
    };

    private readonly Option<string?> calibration = new("--calibration")
    {
        Description = "CSV of typical inputs: lumps on the data, refits the weights to it, and certifies the deviation over its range.",
    };

    private readonly Option<string?> validation = new("--validation")
    {
        Description = "CSV of inputs with targets y.. for --max-error (without targets, the original network's outputs).",
    };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { epsilon, maxParameters, maxError, calibration, validation })
            command.Options.Add(option);
    }

    /// <summary>Whether any option asks for compression at all.</summary>
    public bool Given(ParseResult parsed) =>
        parsed.GetValue(epsilon).HasValue || parsed.GetValue(maxParameters).HasValue || parsed.GetValue(maxError).HasValue;

    public CompressionResult Compress(ParseResult parsed, Network network) => CompressionPipeline.Run(network, Request(parsed, network));

    /// <summary>The request the options make for this network; a user error when they make none or a bad one.</summary>
    public CompressionRequest Request(ParseResult parsed, Network network)
    {
        if (!Given(parsed)) throw new UserError("give --epsilon, --max-parameters or --max-error.");
        var request = new CompressionRequest
        {
            Epsilon = parsed.GetValue(epsilon) ?? 0,
            MaxParameters = parsed.GetValue(maxParameters),
            MaxError = parsed.GetValue(maxError),
            Calibration = parsed.GetValue(calibration) is { } path ? CsvFiles.Load(path).Inputs(network.InputCount) : null,
        };
        if (parsed.GetValue(validation) is { } validationPath)
        {
            var table = CsvFiles.Load(validationPath);
            request = request with
            {
                ValidationInputs = table.Inputs(network.InputCount),
                ValidationTargets = HasTargets(table, network.OutputCount) ? table.Columnset("y", network.OutputCount) : null,
            };
        }
        if (request.Problem(network.InputCount) is { } problem) throw new UserError(problem.Describe(Flag));
        return request;
    }

    private static bool HasTargets(Evaluation.CsvTable table, int outputs) =>
        table.IndexOf(outputs == 1 ? "y" : "y0") >= 0 || table.IndexOf("y0") >= 0;

    /// <summary>A request setting as the option the user typed.</summary>
    private string Flag(RequestOption option) => (option switch
    {
        RequestOption.Epsilon => (Option)epsilon,
        RequestOption.MaxParameters => maxParameters,
        RequestOption.MaxError => maxError,
        RequestOption.CalibrationData => calibration,
        _ => validation,
    }).Name;
}
