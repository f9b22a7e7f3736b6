using System.Text.Json;
using Ferd.Evaluation;
using Ferd.Tests.Lumping;

namespace Ferd.Tests.Evaluation;

/// <summary>
/// The imported network is as accurate on its test split as the exporter measured it to be (the
/// test_rmse its models/NAME.json records). Every quality figure starts from this number, so a
/// data-reading or import difference that changes it shows here before it shows in a sweep.
/// </summary>
public class ExportedAccuracyTests
{
    public static TheoryData<string> Names() => TestData.AllNames();

    [Theory]
    [MemberData(nameof(Names))]
    public void Test_rmse_is_the_one_recorded_at_export(string name)
    {
        var network = SharedModels.Import(name);
        var (inputs, targets) = SharedModels.TestSet(name, network);
        using var record = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.Models, name + ".json")));
        double recorded = record.RootElement.GetProperty("test_rmse").GetDouble();

        double measured = Rmse.Of(network, inputs, targets);

        // The exporter evaluated in float32, the network here in double: they agree to float rounding.
        Assert.InRange(measured, recorded * 0.999, recorded * 1.001);
    }
}
