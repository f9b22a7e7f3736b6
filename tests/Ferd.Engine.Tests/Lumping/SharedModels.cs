using Ferd.Evaluation;
using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests.Lumping;

/// <summary>The shared models imported into the IR, with their test splits.</summary>
internal static class SharedModels
{
    public static Network Import(string name) => NetworkImporter.Import(File.ReadAllBytes(TestData.Model(name)));

    public static (double[][] Inputs, double[][] Targets) TestSet(string name, Network network)
    {
        var table = CsvTable.Load(TestData.Dataset(name, "test"));
        return (table.Inputs(network.InputCount), table.Columnset("y", network.OutputCount));
    }
}
