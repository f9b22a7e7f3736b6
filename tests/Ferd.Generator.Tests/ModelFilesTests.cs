using System.Collections.Immutable;
using Ferd.Emit;

namespace Ferd.Generator.Tests;

public class ModelFilesTests
{
    private static readonly ImmutableArray<ModelFile> Models =
        [new ModelFile("models/brain.onnx", "AAEC"), new ModelFile("aim.onnx", "AwQF")];

    [Theory]
    [InlineData("models/brain.onnx")]
    [InlineData(@"models\brain.onnx")]
    [InlineData("./Models/Brain.ONNX")]
    public void Attribute_path_matches_the_project_path_whatever_the_separators_and_case(string path)
    {
        var input = ModelFiles.Match(Options(path), Models);
        Assert.Equal("AAEC", input.ModelBase64);
    }

    [Fact]
    public void No_match_lists_the_known_models_in_order()
    {
        var input = ModelFiles.Match(Options("brain.onnx"), Models);
        Assert.Null(input.ModelBase64);
        Assert.Equal(["aim.onnx", "models/brain.onnx"], input.KnownModels.ToArray());
    }

    private static NetworkOptions Options(string path) =>
        new(new ClassSpec("Game", "Brain", true, "public", new EquatableArray<ContainingType>([])), path, 0, null);
}
