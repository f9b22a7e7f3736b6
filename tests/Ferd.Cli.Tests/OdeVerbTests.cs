using Ferd.Ode;
using Ferd.Onnx;

namespace Ferd.Tests;

public class OdeVerbTests
{
    [Fact]
    public void Ode_prints_the_encoding()
    {
        var result = Cli.Run("ode", TestData.Model("vanderpol_tanh"));

        Assert.Equal(0, result.ExitCode);
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model("vanderpol_tanh")));
        Assert.Equal(OdeText.Format(OdeEncoder.Encode(network)), result.Out);
        Assert.True(result.Out.Split('\n').Length > network.Layers.Sum(l => l.OutputCount));
    }

    [Fact]
    public void Missing_model_is_one_line()
    {
        Cli.AssertUserError(Cli.Run("ode", "missing.onnx"), "model 'missing.onnx' not found");
    }
}
