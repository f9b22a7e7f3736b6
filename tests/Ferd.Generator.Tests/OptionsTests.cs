using System.Globalization;
using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Lumping;
using Ferd.Onnx;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>Budgets and data through the generator: what the attribute asks is what the build gets.</summary>
public class OptionsTests
{
    private static readonly Ferd.Networks.Network Network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(OptionsFixture.ModelName)));

    [Fact]
    public void Parameter_budget_is_met_and_reported()
    {
        int budget = Network.ParameterCount / 2;
        var result = OptionsFixture.Run($"MaxParameters = {budget}", out var output);
        string generated = OptionsFixture.Generated(result, output);

        int parameters = GeneratedAssembly.Constant(OptionsFixture.Load(generated), "ParameterCount");
        Assert.InRange(parameters, 1, budget);
        Assert.Contains($", found for MaxParameters = {budget}", generated);
        Assert.Contains($"Epsilon found for MaxParameters = {budget}", Report(result).GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Error_budget_on_validation_data_gives_a_smaller_network_within_the_budget()
    {
        string csv = OptionsFixture.Slice("test", 100);
        var table = CsvTable.Parse(csv);
        var inputs = table.Inputs(Network.InputCount);
        var targets = table.Columnset("y", Network.OutputCount);
        // A budget the trained network meets with room to spare, so compression has room too.
        double budget = Math.Round(2 * Rmse.Of(Network, inputs, targets), 4);

        var result = OptionsFixture.Run($"MaxError = {budget.ToString(CultureInfo.InvariantCulture)}, ValidationData = \"data/validation.csv\"", out var output, ("data/validation.csv", csv));
        string generated = OptionsFixture.Generated(result, output);

        var expected = CompressionPipeline.Run(Network, new CompressionRequest { MaxError = budget, ValidationInputs = inputs, ValidationTargets = targets });
        Assert.True(Rmse.Of(expected.Compressed, inputs, targets) <= budget);
        Assert.True(expected.Compressed.ParameterCount < Network.ParameterCount);
        Assert.Equal(expected.Compressed.ParameterCount, GeneratedAssembly.Constant(OptionsFixture.Load(generated), "ParameterCount"));
        Assert.Contains($", found for MaxError = {budget.ToString(CultureInfo.InvariantCulture)}", generated);
    }

    [Fact]
    public void Calibration_refits_certifies_and_the_generated_code_computes_the_refit_network()
    {
        string csv = OptionsFixture.Slice("train", 200);
        var result = OptionsFixture.Run("Epsilon = 0.1, CalibrationData = \"data/calibration.csv\"", out var output, ("data/calibration.csv", csv));
        string generated = OptionsFixture.Generated(result, output);

        var calibration = CsvTable.Parse(csv).Inputs(Network.InputCount);
        var expected = CompressionPipeline.Run(Network, new CompressionRequest { Epsilon = 0.1, Calibration = calibration });
        Assert.True(expected.Calibrated);
        string bound = Ferd.Emit.CompressionWording.Bound(expected.DeviationBound!.Value);
        Assert.Contains($"// certified: max |f(x) − f'(x)| ≤ {bound} over the calibration data's range [", generated);
        Assert.Contains("// calibrated: ", generated);
        Assert.Contains("refit to the calibration data; certified max deviation <= " + bound, Report(result).GetMessage(CultureInfo.InvariantCulture));

        var predict = GeneratedAssembly.Predict(OptionsFixture.Load(generated));
        var actual = new float[Network.OutputCount];
        foreach (var row in calibration)
        {
            var input = row.Select(x => (float)x).ToArray();
            predict(input, actual);
            var reference = expected.Compressed.Evaluate(input.Select(x => (double)x).ToArray());
            for (int k = 0; k < reference.Length; k++)
                Assert.True(Math.Abs(actual[k] - reference[k]) <= 1e-5 * Math.Max(1, Math.Abs(reference[k])), $"output {k}: {actual[k]} vs {reference[k]}");
        }
        Snapshot.Verify(generated, "OptionsTests.Calibrated", "cs");
    }

    [Fact]
    public void Error_budget_without_validation_data_is_measured_against_the_original_on_the_calibration_rows()
    {
        string csv = OptionsFixture.Slice("train", 60);
        var result = OptionsFixture.Run("MaxError = 0.05, CalibrationData = \"calibration.csv\"", out var output, ("calibration.csv", csv));
        string generated = OptionsFixture.Generated(result, output);

        var calibration = CsvTable.Parse(csv).Inputs(Network.InputCount);
        var expected = CompressionPipeline.Run(Network, new CompressionRequest { MaxError = 0.05, Calibration = calibration, ValidationInputs = calibration });
        var originalOutputs = calibration.Select(x => Network.Evaluate(x)).ToArray();
        Assert.True(Rmse.Of(expected.Compressed, calibration, originalOutputs) <= 0.05);
        Assert.Equal(expected.Compressed.ParameterCount, GeneratedAssembly.Constant(OptionsFixture.Load(generated), "ParameterCount"));
        Assert.Contains("found for MaxError = 0.05", generated);
    }

    [Fact]
    public void Validation_data_without_targets_measures_against_the_original_network()
    {
        string csv = "x0,x1\n" + string.Concat(OptionsFixture.Slice("test", 60).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => string.Join(",", l.Split(',').Take(2)) + "\n"));
        var withoutTargets = OptionsFixture.Generated(OptionsFixture.Run("MaxError = 0.05, ValidationData = \"v.csv\"", out var output, ("v.csv", csv)), output);
        var onCalibration = OptionsFixture.Generated(OptionsFixture.Run("MaxError = 0.05, CalibrationData = \"v.csv\"", out output, ("v.csv", csv)), output);

        var inputs = CsvTable.Parse(csv).Inputs(Network.InputCount);
        var expected = CompressionPipeline.Run(Network, new CompressionRequest { MaxError = 0.05, ValidationInputs = inputs });
        Assert.Equal(expected.Compressed.ParameterCount, GeneratedAssembly.Constant(OptionsFixture.Load(withoutTargets), "ParameterCount"));
        Assert.DoesNotContain("// calibrated", withoutTargets);
        Assert.Contains("// calibrated", onCalibration);
    }

    [Fact]
    public void Budget_overrides_epsilon()
    {
        int budget = Network.ParameterCount / 2;
        var withEpsilon = OptionsFixture.Generated(OptionsFixture.Run($"Epsilon = 0, MaxParameters = {budget}", out var output), output);
        var alone = OptionsFixture.Generated(OptionsFixture.Run($"MaxParameters = {budget}", out output), output);
        Assert.Equal(alone, withEpsilon);
    }

    private static Diagnostic Report(GeneratorRunResult result)
    {
        var report = Assert.Single(result.Diagnostics);
        Assert.Equal(FerdDiagnostics.CompressionReport.Id, report.Id);
        return report;
    }
}

/// <summary>Option values the generator cannot see are reported, never silently replaced by defaults.</summary>
public class UnreadableOptionTests
{
    [Fact]
    public void A_constant_of_another_generated_class_is_FERD007()
    {
        const string source = """
            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", Epsilon = 1)]
            public static partial class Small { }

            [Ferd.CompressedNetwork("vanderpol_tanh.onnx", MaxParameters = Small.ParameterCount)]
            public static partial class Budgeted { }
            """;

        var result = GeneratorHarness.Run(GeneratorHarness.Driver(GeneratorHarness.SharedModel("vanderpol_tanh")), GeneratorHarness.Compilation(source), out _);

        var invalid = Assert.Single(result.Diagnostics, d => d.Id == FerdDiagnostics.InvalidOption.Id);
        string message = invalid.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("MaxParameters has a value Ferd cannot read.", message);
        Assert.Contains("constants of generated classes do not exist yet", message);
        Assert.Contains("Small.ParameterCount", source.Substring(invalid.Location.SourceSpan.Start, invalid.Location.SourceSpan.Length));
        Assert.Contains(Ferd.Emit.RefusedNetworkEmitter.Mark, result.GeneratedSources.Single(s => s.HintName == "Budgeted.g.cs").SourceText.ToString());
    }
}
