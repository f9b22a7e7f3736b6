using Ferd.Emit;

namespace Ferd.Tests;

public class EmitVerbTests
{
    /// <summary>The generator's verified output for the shared models (tests/Ferd.Generator.Tests).</summary>
    private static string GeneratorSnapshot(string model, string epsilon)
        => File.ReadAllText(RepositoryFiles.Path("tests", "Ferd.Generator.Tests", $"SharedModelTests.{model}.eps{epsilon}.verified.cs"));

    [Theory]
    [InlineData("concrete_tanh", "0")]
    [InlineData("kin8nm_sigmoid", "0.1")]
    [InlineData("energy_relu", "0.1")]
    public void Emit_prints_what_the_generator_adds(string model, string epsilon)
    {
        var result = Cli.Run("emit", TestData.Model(model), "--epsilon", epsilon, "--class", "Network", "--namespace", "Models");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(GeneratorSnapshot(model, epsilon), result.Out);
    }

    [Fact]
    public void Fast_activations_switch_the_kernels_as_the_attribute_option_does()
    {
        var accurate = Cli.Run("emit", TestData.Model("kin8nm_sigmoid"), "--epsilon", "0.1", "--class", "Network");
        var fast = Cli.Run("emit", TestData.Model("kin8nm_sigmoid"), "--epsilon", "0.1", "--class", "Network", "--fast-activations");

        Assert.Equal(0, fast.ExitCode);
        Assert.Contains("// activations: fast (max error", fast.Out);
        Assert.Contains("FerdMath.SigmoidFast(", fast.Out);
        Assert.DoesNotContain("FerdMath.Sigmoid(", fast.Out);
        Assert.Equal(accurate.Out, fast.Out.Replace("SigmoidFast(", "Sigmoid(").Replace(FastHeaderLine(fast.Out), ""));
    }

    [Fact]
    public void Scalar_emits_the_code_the_attribute_emits_for_Vectorize_false()
    {
        var vector = Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--epsilon", "0.1", "--class", "Field");
        var scalar = Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--epsilon", "0.1", "--class", "Field", "--scalar");

        Assert.Equal(0, scalar.ExitCode);
        Assert.Contains("(Vectorize = false)", scalar.Out);
        Assert.Contains("Vector256", vector.Out);
        Assert.DoesNotContain("Vector256", scalar.Out);
    }

    private static string FastHeaderLine(string source) =>
        source.Split('\n').Single(line => line.StartsWith("// activations: fast", StringComparison.Ordinal)) + "\n";

    [Fact]
    public void Emit_writes_a_compilable_pair_to_a_directory()
    {
        using var temp = new TempDirectory();

        var result = Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--epsilon", "0.3", "--class", "Field", "--output", temp.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("partial class Field", File.ReadAllText(temp.File("Field.g.cs")));
        Assert.Equal(KernelSource.FerdMath, File.ReadAllText(temp.File(KernelSource.FerdMathHintName)));
    }

    [Theory]
    [InlineData("3D", "not a C# identifier")]
    [InlineData("my-net", "not a C# identifier")]
    [InlineData("class", "is a C# keyword")]
    public void Class_must_be_an_identifier(string name, string message)
    {
        Cli.AssertUserError(Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--epsilon", "0", "--class", name), message);
    }

    [Theory]
    [InlineData("Game..Models", "--namespace '' is not a C# identifier")]
    [InlineData("Game.int", "--namespace 'int' is a C# keyword")]
    public void Namespace_must_be_dotted_identifiers(string name, string message)
    {
        Cli.AssertUserError(Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--epsilon", "0", "--class", "Field", "--namespace", name), message);
    }
}

public class EmitBudgetTests
{
    [Fact]
    public void Emit_says_which_budget_chose_epsilon()
    {
        var result = Cli.Run("emit", TestData.Model("vanderpol_tanh"), "--max-parameters", "1200", "--class", "Field");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("found for MaxParameters = 1200", result.Out);
    }
}
