namespace Ferd.Generator.Tests;

/// <summary>Each way the options can be wrong has its diagnostic, at the argument concerned.</summary>
public class OptionDiagnosticTests
{
    private const string Calibration = "x0,x1\n0.5,-1\n1,0.25\n-0.75,2\n";

    public static TheoryData<string, string> InvalidOptions() => new()
    {
        { "MaxParameters = -5", "NegativeMaxParameters" },
        { "MaxError = double.NaN, CalibrationData = \"data/calibration.csv\"", "NaNMaxError" },
        { "MaxParameters = 100, MaxError = 0.1, CalibrationData = \"data/calibration.csv\"", "BothBudgets" },
        { "MaxError = 0.1", "ErrorBudgetWithoutData" },
        { "ValidationData = \"data/calibration.csv\"", "ValidationWithoutErrorBudget" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Invalid_option_is_FERD007(string options, string name) =>
        Verify("FERD007", options, "Invalid" + name, ("data/calibration.csv", Calibration));

    [Fact]
    public void Missing_data_file_is_FERD012_and_lists_the_data_files_found() =>
        Verify("FERD012", "CalibrationData = \"data/calibrate.csv\"", "MissingData", ("data/calibration.csv", Calibration), ("other.csv", Calibration));

    [Fact]
    public void Missing_validation_file_is_FERD012() =>
        Verify("FERD012", "MaxError = 0.1, CalibrationData = \"data/calibration.csv\", ValidationData = \"validation.csv\"", "MissingValidationData", ("data/calibration.csv", Calibration));

    [Fact]
    public void Data_item_whose_file_is_missing_is_FERD012_naming_where_it_was_looked_for()
    {
        var driver = GeneratorHarness.Driver([OptionsFixture.Model], [], GeneratorHarness.Missing(("data\\calibration.csv", "/project/data/calibration.csv")));
        DiagnosticTests.VerifyOnly("FERD012", driver, OptionsFixture.Source("CalibrationData = \"./data/calibration.csv\""), "OptionDiagnosticTests.MissingDataFile");
    }

    [Fact]
    public void Cell_that_is_not_a_number_is_FERD013_with_line_and_column() =>
        Verify("FERD013", "CalibrationData = \"data/calibration.csv\"", "MalformedCell", ("data/calibration.csv", "x0,x1\n0.5,-1\n1,abc\n"));

    [Fact]
    public void Calibration_with_too_few_columns_is_FERD013() =>
        Verify("FERD013", "CalibrationData = \"data/calibration.csv\"", "TooFewColumns", ("data/calibration.csv", "x0\n0.5\n"));

    [Fact]
    public void Validation_data_with_some_targets_missing_is_FERD013() =>
        Verify("FERD013", "MaxError = 0.1, ValidationData = \"data/validation.csv\"", "MissingTargets", ("data/validation.csv", "x0,x1,y0\n0.5,-1,2\n"));

    [Fact]
    public void Data_file_with_only_a_header_is_FERD013() =>
        Verify("FERD013", "CalibrationData = \"data/calibration.csv\"", "NoRows", ("data/calibration.csv", "x0,x1\n"));

    [Fact]
    public void Unreachable_parameter_budget_is_FERD014() =>
        Verify("FERD014", "MaxParameters = 1", "ParameterBudgetNotMet");

    [Fact]
    public void Unreachable_error_budget_is_FERD014() =>
        Verify("FERD014", "MaxError = 0.000001, ValidationData = \"validation.csv\"", "ErrorBudgetNotMet", ("validation.csv", "x0,x1,y0,y1\n0.5,-1,7,7\n1,0.25,-7,7\n"));

    private static void Verify(string id, string options, string name, params (string ProjectPath, string Csv)[] data) =>
        DiagnosticTests.VerifyOnly(id, OptionsFixture.Driver(data), OptionsFixture.Source(options), "OptionDiagnosticTests." + name);
}
