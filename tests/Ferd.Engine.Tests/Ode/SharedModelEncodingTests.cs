using Ferd.Ode;
using Ferd.Tests.Lumping;

namespace Ferd.Tests.Ode;

public class SharedModelEncodingTests
{
    public static TheoryData<string> Names() => TestData.Names();

    [Theory]
    [MemberData(nameof(Names))]
    public void Integrating_the_encoding_reproduces_the_model(string name)
    {
        var network = SharedModels.Import(name);
        var (inputs, _) = SharedModels.TestSet(name, network);
        var encoding = OdeEncoder.Encode(network);
        foreach (var x in inputs.Take(2)) EncodingTests.AssertIntegrates(network, encoding, x);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void The_text_form_has_an_equation_per_variable(string name)
    {
        var network = SharedModels.Import(name);
        var encoding = OdeEncoder.Encode(network);
        string[] lines = encoding.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(encoding.Layers.Sum(l => l.System.Variables.Count + 1), lines.Length);
        Assert.Equal(network.Layers.Count, lines.Count(l => l.StartsWith("# layer ", StringComparison.Ordinal)));
    }
}
