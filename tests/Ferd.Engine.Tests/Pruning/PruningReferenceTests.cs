using System.Globalization;
using Ferd.Evaluation;
using Ferd.Onnx;
using Ferd.Pruning;
using Ferd.Research;

namespace Ferd.Tests.Pruning;

/// <summary>
/// The baselines every quality figure is compared with, pinned to errors computed apart from
/// Ferd (tests/data/baselines/pruning_reference.py: numpy on the ONNX graphs, from the definitions
/// alone). A pruner that ranked, rounded or standardized differently would miss them.
/// </summary>
public class PruningReferenceTests
{
    public static TheoryData<string, int, double, double> References()
    {
        var data = new TheoryData<string, int, double, double>();
        foreach (string line in File.ReadLines(Path.Combine(TestData.Root, "baselines", "pruning_reference.csv")).Skip(1))
        {
            string[] cells = line.Split(',');
            data.Add(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture),
                double.Parse(cells[2], CultureInfo.InvariantCulture), double.Parse(cells[3], CultureInfo.InvariantCulture));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(References))]
    public void Magnitude_and_wanda_match_the_independent_reference(string model, int parameters, double magnitude, double wanda)
    {
        var network = NetworkImporter.Import(File.ReadAllBytes(TestData.Model(model)));
        double[][] calibration = Sweep.EvenlySpaced(CsvTable.Load(TestData.Dataset(model, "train")).Inputs(network.InputCount), 512);
        var test = CsvTable.Load(TestData.Dataset(model, "test"));
        double[][] inputs = test.Inputs(network.InputCount), targets = test.Columnset("y", network.OutputCount);
        var frame = InputFrame.FromSamples(calibration);

        var byMagnitude = MagnitudePruner.Prune(network, parameters, frame);
        var byWanda = WandaPruner.Prune(network, parameters, calibration, frame);

        Assert.Equal(parameters, ParameterCount.Nonzero(byMagnitude));
        Assert.Equal(parameters, ParameterCount.Nonzero(byWanda));
        Assert.Equal(magnitude, Rmse.Of(byMagnitude, inputs, targets), magnitude * 1e-6);
        Assert.Equal(wanda, Rmse.Of(byWanda, inputs, targets), wanda * 1e-6);
    }
}
