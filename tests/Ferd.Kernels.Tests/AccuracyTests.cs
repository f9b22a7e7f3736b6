using Xunit.Abstractions;

namespace Ferd.Kernels.Tests;

/// <summary>The documented error bound, measured against the correctly rounded value.</summary>
public class AccuracyTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Regions()
    {
        var data = new TheoryData<string, string>();
        foreach (var activation in Activation.Names)
            foreach (var region in Region.All.Keys) data.Add(activation, region);
        return data;
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void ErrorIsWithinTheDocumentedBound(string activationName, string regionName)
    {
        var activation = Activation.ByName(activationName);
        var survey = ErrorSurvey.Run(activation, Region.All[regionName]());

        output.WriteLine($"{activation} over {regionName}: {survey.Count} inputs, max {survey.MaxUlp} ulp at {survey.WorstInput:R}");
        Assert.True(survey.Count > 0);
        Assert.True(survey.MaxUlp <= activation.MaxUlp, $"{survey.MaxUlp} ulp at x = {survey.WorstInput:R}");
        Assert.Empty(survey.BatchScalarMismatches);
    }
}
