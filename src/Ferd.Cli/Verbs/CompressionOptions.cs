using System.CommandLine;
using Ferd.Compiling;
using Ferd.Emit;

namespace Ferd.Cli.Verbs;

/// <summary>
/// The options that say how to compress — a tolerance, or a budget, optionally with data — shared
/// by `run`, `compress` and `emit` so they read the same everywhere and map onto one
/// <see cref="CompileSettings"/>.
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
        Description = "CSV of inputs with targets y.. for --max-error (without targets, the original network's outputs); without it --max-error measures on --calibration.",
    };

    /// <summary>Shared with the verbs' own model reading, so one flag chooses the output everywhere.</summary>
    public GraphOutputOption GraphOutput { get; } = new();

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { epsilon, maxParameters, maxError, calibration, validation })
            command.Options.Add(option);
        GraphOutput.AddTo(command);
    }

    /// <summary>Whether any option asks for compression at all.</summary>
    public bool Given(ParseResult parsed) =>
        parsed.GetValue(epsilon).HasValue || parsed.GetValue(maxParameters).HasValue || parsed.GetValue(maxError).HasValue;

    /// <summary>
    /// Compiles the model at <paramref name="modelPath"/> as the options ask, through the same
    /// <see cref="Compiler"/> the source generator calls; with <paramref name="code"/>, also its C#.
    /// A problem becomes a user error naming the options as typed.
    /// </summary>
    public Compiled Compile(ParseResult parsed, string modelPath, EmitTarget? code = null)
    {
        var compiled = Compiler.Compile(ModelFile.ReadBytes(modelPath), Settings(parsed), code);
        if (!compiled.Succeeded) throw new UserError(compiled.Problems[0].Describe(Flag));
        return compiled;
    }

    /// <summary>The settings the options make, the data files read as text; a user error when they ask for nothing.</summary>
    private CompileSettings Settings(ParseResult parsed)
    {
        if (!Given(parsed)) throw new UserError("give --epsilon, --max-parameters or --max-error.");
        return new CompileSettings
        {
            Epsilon = parsed.GetValue(epsilon) ?? 0,
            MaxParameters = parsed.GetValue(maxParameters),
            MaxError = parsed.GetValue(maxError),
            Calibration = Data(parsed.GetValue(calibration)),
            Output = GraphOutput.Get(parsed),
            Validation = Data(parsed.GetValue(validation)),
        };
    }

    private static DataText? Data(string? path) => path == null ? null : new DataText(path, CsvFiles.ReadText(path));

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
