namespace Ferd.Tests;

public class UnityVerbTests
{
    [Fact]
    public void A_model_becomes_base64_in_lines_of_76_named_for_the_model()
    {
        using var folder = new TempDirectory();
        var result = Cli.Run("unity", TestData.Model("vanderpol_tanh"), "--output", folder.Path);

        Assert.Equal(0, result.ExitCode);
        string written = folder.File("vanderpol_tanh.Ferd.Generator.additionalfile");
        Assert.Equal("wrote " + written + "\n", result.Out.ReplaceLineEndings("\n"));
        string[] lines = File.ReadAllText(written).Split("\r\n");
        Assert.True(lines.Length > 1);
        Assert.All(lines[..^1], line => Assert.Equal(76, line.Length));
        Assert.Equal(File.ReadAllBytes(TestData.Model("vanderpol_tanh")), Convert.FromBase64String(string.Concat(lines)));
    }

    [Fact]
    public void A_csv_is_written_unchanged_under_its_name()
    {
        using var folder = new TempDirectory();
        string csv = folder.File("vanderpol_test.csv");
        File.Copy(TestData.Dataset("vanderpol_tanh", "test"), csv);
        var result = Cli.Run("unity", csv, "--output", Path.Combine(folder.Path, "Assets"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllBytes(csv), File.ReadAllBytes(Path.Combine(folder.Path, "Assets", "vanderpol_test.Ferd.Generator.additionalfile")));
    }

    [Fact]
    public void Without_output_the_file_goes_beside_the_model()
    {
        using var folder = new TempDirectory();
        File.Copy(TestData.Model("vanderpol_tanh"), folder.File("brain.onnx"));

        Assert.Equal(0, Cli.Run("unity", folder.File("brain.onnx")).ExitCode);
        Assert.True(File.Exists(folder.File("brain.Ferd.Generator.additionalfile")));
    }

    [Fact]
    public void Mistakes_are_one_line()
    {
        using var folder = new TempDirectory();
        File.WriteAllBytes(folder.File("broken.onnx"), [0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x12, 0x40]);

        Cli.AssertUserError(Cli.Run("unity", "missing.onnx"), "model 'missing.onnx' not found");
        Cli.AssertUserError(Cli.Run("unity", "missing.csv"), "data file 'missing.csv' not found");
        Cli.AssertUserError(Cli.Run("unity", TestData.Root), "is neither an .onnx model nor a .csv file");
        Cli.AssertUserError(Cli.Run("unity", folder.File("broken.onnx")), "Not a valid ONNX model");
        Assert.False(File.Exists(folder.File("broken.Ferd.Generator.additionalfile")));
        // Unity takes what follows the first '.' of the name for the analyzer's name.
        Cli.AssertUserError(Cli.Run("unity", TestData.Dataset("vanderpol_tanh", "test")), "rename 'vanderpol.test.csv' without the '.', e.g. 'vanderpol_test.csv'");
    }
}
