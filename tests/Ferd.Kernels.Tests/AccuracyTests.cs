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

        output.WriteLine(FormattableString.Invariant(
            $"{activation} over {regionName}: {survey.Count} inputs, max {survey.MaxUlp} ulp at {survey.WorstInput:R}; {survey.Percent(0):0.00}% exact, {survey.Percent(1):0.00}% 1 ulp, {survey.Percent(2):0.000}% 2 ulp, {survey.Percent(3):0.000}% more; {survey.Reversals} steps against the function's direction"));
        Assert.True(survey.Count > 0);
        Assert.True(survey.MaxUlp <= activation.MaxUlp, $"{survey.MaxUlp} ulp at x = {survey.WorstInput:R}");
        Assert.Empty(survey.BatchScalarMismatches);
        // Documented: tanh never decreases from one float to the next (σ may step down by an ulp between negative neighbours).
        if (activation.Name == "tanh") Assert.Equal(0, survey.Reversals);
    }
}
