using System.Collections.Immutable;
using Ferd.Emit;
using Ferd.Unity;
using Microsoft.CodeAnalysis;

namespace Ferd.Generator.Tests;

/// <summary>
/// Models and CSVs that reach the generator the way Unity passes them: untagged additional files
/// named <c>Name.Ferd.Generator.additionalfile</c>, matched by file name: the model Name.onnx or the CSV Name.csv.
/// </summary>
public class UnityAdditionalFilesTests
{
    private static readonly ModelOptionsProvider NoMetadata = new(new Dictionary<string, string>());

    [Theory]
    [InlineData("/game/Assets/Models/brain.Ferd.Generator.additionalfile", "brain")]
    [InlineData(@"C:\game\Assets\Brain.ferd.generator.ADDITIONALFILE", "Brain")]
    [InlineData("/game/Assets/brain.onnx", null)]
    [InlineData("/game/Assets/brain.Other.additionalfile", null)]
    [InlineData("/game/Assets/.Ferd.Generator.additionalfile", null)]
    public void An_untagged_file_named_for_ferd_stands_for_the_model_and_the_csv_of_its_name(string path, string? stem)
    {
        var text = new InMemoryAdditionalText(path, "x0\n1\n");
        var model = ModelFiles.Read(text, NoMetadata, default);
        var data = DataFiles.Read(text, NoMetadata, default);
        Assert.Equal(stem == null ? null : stem + ".onnx", model?.ProjectPath);
        Assert.Equal(stem == null ? null : stem + ".csv", data?.ProjectPath);
        Assert.Equal(stem != null, model?.ByName == true && data?.ByName == true);
    }

    [Theory]
    [InlineData("brain.onnx", "BYNAME")]
    [InlineData("Game/Models/Brain.ONNX", "BYNAME")]
    [InlineData(@"Assets\Models\brain.onnx", "BYNAME")]
    [InlineData("models/brain.onnx", "TAGGED")]
    [InlineData("mybrain.onnx", null)]
    [InlineData("brain.onnx/x.onnx", null)]
    public void A_model_known_by_name_matches_paths_ending_in_it_and_a_tagged_model_comes_first(string path, string? expected)
    {
        ImmutableArray<ModelFile> models = [new ModelFile("brain.onnx", "BYNAME", ByName: true), new ModelFile("models/brain.onnx", "TAGGED")];
        Assert.Equal(expected, ModelFiles.Match(Options(path), models).ModelBase64);
    }

    [Fact]
    public void A_csv_known_by_name_matches_paths_ending_in_it_and_is_listed_by_its_file_name()
    {
        ImmutableArray<DataFile> files = [new DataFile("train.csv", "x0\n1\n", ByName: true), new DataFile("data/other.csv", "x0\n2\n")];
        Assert.Equal("x0\n1\n", DataFiles.Attach(Input(Options() with { CalibrationData = "Assets/Data/train.csv" }), files).CalibrationText);

        var missing = DataFiles.Attach(Input(Options() with { CalibrationData = "test.csv" }), files);
        Assert.Equal(["data/other.csv", "train.Ferd.Generator.additionalfile"], missing.KnownData.ToArray());
    }

    [Fact]
    public void A_model_and_calibration_data_given_only_as_additional_files_compile()
    {
        string source = """
            [Ferd.CompressedNetwork("Models/vanderpol_tanh.onnx", Epsilon = 0.1, CalibrationData = "Data/vanderpol_train.csv")]
            public static partial class Field { }
            """;
        var driver = GeneratorHarness.Untagged(
            new InMemoryAdditionalText("/game/Assets/Models/vanderpol_tanh.Ferd.Generator.additionalfile", FerdAdditionalFiles.Encode(File.ReadAllBytes(TestData.Model("vanderpol_tanh")))),
            new InMemoryAdditionalText("/game/Assets/Data/vanderpol_train.Ferd.Generator.additionalfile", string.Join("\n", File.ReadLines(TestData.Dataset("vanderpol_tanh", "train")).Take(101))));

        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation(source), out var output);

        var report = Assert.Single(result.Diagnostics);
        Assert.Equal("FERD010", report.Id);
        Assert.Contains("refit to the calibration data", report.GetMessage());
        Assert.Empty(output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void A_model_not_found_lists_additional_files_and_names_the_one_unity_needs()
    {
        var driver = GeneratorHarness.Untagged(new InMemoryAdditionalText("/game/Assets/other.Ferd.Generator.additionalfile", "AAEC"));
        var result = GeneratorHarness.Run(driver, GeneratorHarness.Compilation("[Ferd.CompressedNetwork(\"Models/brain.onnx\")] public static partial class Brain { }"), out _);

        string message = Assert.Single(result.Diagnostics, d => d.Id == "FERD001").GetMessage();
        Assert.Contains("(found: other.Ferd.Generator.additionalfile)", message);
        Assert.Contains("'brain.Ferd.Generator.additionalfile'", message);
    }

    private static CompileInput Input(NetworkOptions options) => new(options, "AAEC", default);

    private static NetworkOptions Options(string path = "brain.onnx") =>
        new(new ClassSpec("Game", "Brain", true, "public", new EquatableArray<ContainingType>([])), path, 0, null);
}
