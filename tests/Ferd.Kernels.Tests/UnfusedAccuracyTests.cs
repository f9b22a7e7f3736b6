using Xunit.Abstractions;

namespace Ferd.Kernels.Tests;

/// <summary>
/// The documented bounds of the kernels with fused multiply–adds, held by their form without
/// them too: what projects before .NET 8 (Unity's netstandard 2.1) compile.
/// </summary>
public class UnfusedAccuracyTests(ITestOutputHelper output)
{
    // The kernels written with multiply–adds; the others compute in double alike in both builds.
    private static readonly string[] Fused = ["Tanh", "Sigmoid", "Swish"];

    public static TheoryData<string, string> Regions()
    {
        var data = new TheoryData<string, string>();
        foreach (var kernel in Fused.Concat(["TanhFast", "SigmoidFast"]))
            foreach (var region in Region.All.Keys) data.Add(kernel, region);
        return data;
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void ErrorIsWithinTheDocumentedBound(string kernel, string regionName)
    {
        var inputs = Region.All[regionName]();
        if (kernel.EndsWith("Fast"))
        {
            var fast = FastActivation.ByName(kernel[..^4].ToLowerInvariant()) with { Batch = NetStandardKernels.Batch(kernel), Scalar = NetStandardKernels.Scalar(kernel) };
            var survey = FastErrorSurvey.Run(fast, inputs);
            output.WriteLine($"unfused fast {fast} over {regionName}: {survey.Count} inputs, max absolute {survey.MaxAbsolute:E3}, max relative {survey.MaxRelative:E3}, max {survey.MaxUlp} ulp");
            survey.AssertWithin(fast);
        }
        else
        {
            var exact = Activation.ByName(kernel.ToLowerInvariant()) with { Batch = NetStandardKernels.Batch(kernel), Scalar = NetStandardKernels.Scalar(kernel) };
            var survey = ErrorSurvey.Run(exact, inputs);
            output.WriteLine($"unfused {exact} over {regionName}: {survey.Count} inputs, max {survey.MaxUlp} ulp at {survey.WorstInput:R}; {survey.Reversals} steps against the function's direction");
            Assert.True(survey.Count > 0);
            Assert.True(survey.MaxUlp <= exact.MaxUlp, $"{survey.MaxUlp} ulp at x = {survey.WorstInput:R}");
            Assert.Empty(survey.BatchScalarMismatches);
            if (exact.Name == "tanh") Assert.Equal(0, survey.Reversals);
        }
    }

    [Fact]
    public void FusedAndUnfusedKernelsDiffer()
    {
        // Otherwise the surveys above would check this build's kernels twice.
        var inputs = FloatSamples.Between(0.5f, 1f, 997).ToArray();
        Assert.Contains(inputs, x => !Ulp.SameBits(Ferd.Generated.FerdMath.Tanh(x), NetStandardKernels.Scalar("Tanh")(x)));
    }
}
