using Xunit.Abstractions;

namespace Ferd.Kernels.Tests;

/// <summary>The documented error bound of the fast activations, measured against the exact value.</summary>
public class FastAccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Regions()
    {
        var data = new TheoryData<string, string>();
        foreach (var activation in FastActivation.Names)
            foreach (var region in Region.All.Keys) data.Add(activation, region);
        return data;
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void ErrorIsWithinTheDocumentedBound(string activationName, string regionName)
    {
        var activation = FastActivation.ByName(activationName);
        var survey = FastErrorSurvey.Run(activation, Region.All[regionName]());

        output.WriteLine($"fast {activation} over {regionName}: {survey.Count} inputs, max absolute {survey.MaxAbsolute:E3} at {survey.WorstAbsoluteInput:R}, "
            + $"max relative {survey.MaxRelative:E3}, max {survey.MaxUlp} ulp");
        survey.AssertWithin(activation);
    }

    [Theory]
    [InlineData(float.PositiveInfinity, 1f, 1f)]
    [InlineData(float.NegativeInfinity, -1f, 0f)]
    [InlineData(0f, 0f, 0.5f)]
    public void InfinitiesSaturateAndZeroIsExact(float x, float tanh, float sigmoid)
    {
        Assert.Equal(tanh, FastActivation.Tanh.Scalar(x), 6);
        Assert.Equal(sigmoid, FastActivation.Sigmoid.Scalar(x), 6);
    }

    [Fact]
    public void TanhFastKeepsTheSignOfNegativeZero() =>
        Assert.True(float.IsNegative(FastActivation.Tanh.Scalar(-0f)));
}
