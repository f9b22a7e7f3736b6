using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;

namespace Ferd.Robustness.Tests;

/// <summary>
/// The attribute and the command line are two spellings of one request: every combination of the
/// compression settings, valid and not, with data files good and bad, is accepted by both or
/// refused by both for the same setting, and where both accept they compress to the same size.
/// </summary>
public class FrontEndAgreementTests
{
    private const string Model = "vanderpol_tanh";

    // Ten rows of the model's own data: enough to calibrate and to measure an error on.
    private static readonly string Good = string.Join("\n", File.ReadLines(TestData.Dataset(Model, "test")).Take(11)) + "\n";
    private const string Malformed = "x0,x1\n0.5,abc\n";

    /// <summary>One setting's value in both spellings; null where the setting is left out.</summary>
    public sealed record Value(string? Attribute, string? Cli)
    {
        public override string ToString() => Attribute ?? "-";
    }

    private static readonly Value None = new(null, null);

    private static readonly Value[] Epsilons = [new("0.3", "0.3"), new("-1", "-1")];
    private static readonly Value[] MaxParameters = [None, new("600", "600"), new("-5", "-5")];
    private static readonly Value[] MaxErrors = [None, new("0.5", "0.5"), new("double.NaN", "NaN")];
    private static readonly Value[] DataFiles = [None, new("good.csv", "good.csv"), new("bad.csv", "bad.csv")];

    public static TheoryData<Value, Value, Value, Value, Value> Combinations()
    {
        var data = new TheoryData<Value, Value, Value, Value, Value>();
        foreach (var epsilon in Epsilons)
            foreach (var parameters in MaxParameters)
                foreach (var error in MaxErrors)
                    foreach (var calibration in DataFiles)
                        foreach (var validation in DataFiles)
                            data.Add(epsilon, parameters, error, calibration, validation);
        return data;
    }

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Attribute_and_command_line_accept_and_refuse_alike(Value epsilon, Value maxParameters, Value maxError, Value calibration, Value validation)
    {
        var settings = new (string Name, string Flag, Value Value)[]
        {
            ("Epsilon", "--epsilon", epsilon),
            ("MaxParameters", "--max-parameters", maxParameters),
            ("MaxError", "--max-error", maxError),
            ("CalibrationData", "--calibration", calibration),
            ("ValidationData", "--validation", validation),
        };
        var generator = ThroughGenerator(settings.Where(s => s.Value.Attribute != null).Select(s => (s.Name, Attribute(s.Name, s.Value.Attribute!))));
        var cli = ThroughCli(settings.Where(s => s.Value.Cli != null).Select(s => (s.Flag, s.Value.Cli!)));

        Assert.True(generator.Accepted == (cli.ExitCode == 0), $"generator: {generator.Report}\nCLI: {cli.Error}{cli.Out}");
        if (generator.Accepted)
        {
            Assert.Contains($"-> {cli.CompressedParameters} parameters", generator.Report);
            return;
        }
        // Both refuse for the same setting: the one the diagnostic points at is the option the CLI names.
        string flag = settings.Single(s => s.Name == generator.Site).Flag;
        Assert.Contains(flag, cli.Error);
    }

    private static string Attribute(string name, string value) => name.EndsWith("Data", StringComparison.Ordinal) ? $"\"{value}\"" : value;

    private static (bool Accepted, string? Site, string Report) ThroughGenerator(IEnumerable<(string Name, string Value)> arguments)
    {
        string source = $$"""
            [Ferd.CompressedNetwork("{{Model}}.onnx"{{string.Concat(arguments.Select(a => $", {a.Name} = {a.Value}"))}})]
            public static partial class Field { }
            """;
        var driver = GeneratorHarness.Driver([GeneratorHarness.SharedModel(Model)], [GeneratorHarness.Data("good.csv", Good), GeneratorHarness.Data("bad.csv", Malformed)]);
        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(source), out _);
        var error = result.Diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
        string report = GeneratorHarness.Describe(result.Diagnostics);
        if (error == null) return (true, null, report);
        // The argument the diagnostic is reported at, e.g. "MaxError = double.NaN".
        string at = source.Substring(error.Location.SourceSpan.Start, error.Location.SourceSpan.Length);
        return (false, at.Split('=')[0].Trim(), report);
    }

    private static (int ExitCode, string Out, string Error, int CompressedParameters) ThroughCli(IEnumerable<(string Flag, string Value)> options)
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("good.csv"), Good);
        File.WriteAllText(temp.File("bad.csv"), Malformed);
        var args = new List<string> { "compress", TestData.Model(Model), "--json" };
        foreach (var (flag, value) in options)
        {
            args.Add(flag);
            args.Add(value.EndsWith(".csv", StringComparison.Ordinal) ? temp.File(value) : value);
        }
        var result = Ferd.Tests.Cli.Run([.. args]);
        var compressed = Regex.Match(result.Out, "\"compressed_params\": ([0-9]+)");
        return (result.ExitCode, result.Out, result.Error, compressed.Success ? int.Parse(compressed.Groups[1].Value, CultureInfo.InvariantCulture) : -1);
    }
}
