using System.Globalization;

namespace Ferd.Robustness.Tests;

/// <summary>The same model and options give byte-identical code every run, in every culture.</summary>
[Collection(nameof(CultureCollection))]
public class DeterminismTests
{
    public static TheoryData<string, double> ModelsAndEpsilons()
    {
        var data = new TheoryData<string, double>();
        foreach (string model in TestData.ModelNames)
        {
            data.Add(model, 0);
            data.Add(model, 0.2);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ModelsAndEpsilons))]
    public void Generated_code_is_identical_across_runs_and_cultures(string model, double epsilon)
    {
        string source = $$"""
            namespace Game
            {
                [Ferd.CompressedNetwork("{{model}}.onnx", Epsilon = {{epsilon.ToString("R", CultureInfo.InvariantCulture)}})]
                public static partial class Brain { }
            }
            """;
        string Generate() => GeneratedProject.Run(source, GeneratorHarness.SharedModel(model)).Transcript;

        string invariant = InCulture(CultureInfo.InvariantCulture, Generate);
        Assert.Contains("FERD010", invariant);
        Assert.Contains(" = 0.", invariant);
        Assert.Equal("1,5", 1.5.ToString(CultureInfo.GetCultureInfo("de-DE")));
        // "" is the invariant culture again: a repeated run.
        foreach (string culture in new[] { "", "tr-TR", "de-DE", "ar-SA", "fa-IR" })
            Assert.Equal(invariant, InCulture(CultureInfo.GetCultureInfo(culture), Generate));
    }

    private static string InCulture(CultureInfo culture, Func<string> run)
    {
        var (current, ui, thread, threadUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture, CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            CultureInfo.DefaultThreadCurrentCulture = CultureInfo.DefaultThreadCurrentUICulture = culture;
            return run();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, ui);
            (CultureInfo.DefaultThreadCurrentCulture, CultureInfo.DefaultThreadCurrentUICulture) = (thread, threadUi);
        }
    }
}
