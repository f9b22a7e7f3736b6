using System.Collections.Immutable;
using Ferd.Emit;

namespace Ferd.Generator.Tests;

public class DataFilesTests
{
    private static readonly ImmutableArray<DataFile> Files =
        [new DataFile("data/calibration.csv", "x0\n1\n"), new DataFile("holdout.csv", "x0,y\n1,2\n")];

    [Theory]
    [InlineData("data/calibration.csv")]
    [InlineData(@"data\calibration.csv")]
    [InlineData("./Data/Calibration.CSV")]
    public void Option_path_matches_the_project_path_whatever_the_separators_and_case(string path)
    {
        var input = DataFiles.Attach(Input(Options() with { CalibrationData = path }), Files);
        Assert.Equal("x0\n1\n", input.CalibrationText);
        Assert.Equal(0, input.KnownData.Count);
    }

    [Fact]
    public void Calibration_and_validation_files_are_found_independently()
    {
        var input = DataFiles.Attach(Input(Options() with { CalibrationData = "data/calibration.csv", ValidationData = "holdout.csv" }), Files);
        Assert.Equal("x0\n1\n", input.CalibrationText);
        Assert.Equal("x0,y\n1,2\n", input.ValidationText);
    }

    [Fact]
    public void A_missing_file_lists_the_known_data_files_in_order()
    {
        var input = DataFiles.Attach(Input(Options() with { ValidationData = "validation.csv" }), Files);
        Assert.Null(input.ValidationText);
        Assert.Equal(["data/calibration.csv", "holdout.csv"], input.KnownData.ToArray());
    }

    [Fact]
    public void Without_data_options_nothing_is_attached()
    {
        var input = DataFiles.Attach(Input(Options()), Files);
        Assert.Equal(Input(Options()), input);
    }

    private static CompileInput Input(NetworkOptions options) => new(options, "AAEC", default);

    private static NetworkOptions Options() =>
        new(new ClassSpec("Game", "Brain", true, "public", new EquatableArray<ContainingType>([])), "brain.onnx", 0, null);
}
