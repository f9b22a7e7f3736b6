using System.Globalization;
using Ferd.Compiling;
using Ferd.Evaluation;
using Ferd.Onnx;
using Xunit.Abstractions;

namespace Ferd.Tests.Onnx;

/// <summary>
/// Every model the repository holds (ten trained MLPs, four ML-Agents policies, the PyTorch shapes
/// Ferd compiles) imported and compared with ONNX Runtime at ε = 0, then compressed at ε = 0.3; the
/// table it prints is the one the README quotes:
/// dotnet test tests/Ferd.Engine.Tests -c Release --filter RealModelsReport --logger "console;verbosity=detailed"
/// </summary>
public class RealModelsReportTests(ITestOutputHelper output)
{
    private const int Rows = 256;

    [Fact]
    public void Every_model_imports_exactly_and_compresses()
    {
        var lines = new List<string>
        {
            "| model | inputs → outputs | ε = 0 vs ONNX Runtime | parameters | at ε = 0.3 | max deviation at ε = 0.3 |",
            "|---|---|---|---|---|---|",
        };
        foreach (var (label, path, graphOutput, rows) in Models())
        {
            byte[] bytes = File.ReadAllBytes(path);
            var network = NetworkImporter.Import(bytes, graphOutput);
            // The graph's inputs are float32: every runtime sees each value rounded to float.
            var inputs = rows(network.InputCount).Select(r => r.Select(v => (double)(float)v).ToArray()).ToArray();
            var expected = OnnxRuntimeReference.Run(bytes, inputs, network.OutputName);
            var compressed = CompressionPipeline.Run(network, new CompressionRequest { Epsilon = 0.3 }).Compressed;
            double exact = 0, deviation = 0;
            int changed = 0;
            for (int r = 0; r < inputs.Length; r++)
            {
                var ours = network.Evaluate(inputs[r]);
                var smaller = compressed.Evaluate(inputs[r]);
                for (int k = 0; k < ours.Length; k++)
                {
                    exact = Math.Max(exact, Math.Abs(ours[k] - expected[r][k]) / (Math.Abs(expected[r][k]) + 1));
                    deviation = Math.Max(deviation, Math.Abs(smaller[k] - ours[k]));
                    if (smaller[k] != ours[k]) changed++;
                }
            }
            if (network.Head.IsInteger) Assert.Equal(0, exact);
            else Assert.True(exact <= 1e-5, $"{label}: {exact} relative from ONNX Runtime at ε = 0");
            string at = network.Head.IsInteger ? $"{Percent(changed, inputs.Length)} of actions changed" : Number(deviation);
            lines.Add($"| {label} | {network.InputCount} → {network.OutputCount}{(network.Head.IsInteger ? " (index)" : "")} | {(network.Head.IsInteger ? "exact" : Number(exact))} | {network.ParameterCount} | {compressed.ParameterCount} | {at} |");
        }
        foreach (string line in lines) output.WriteLine(line);
    }

    private static IEnumerable<(string Label, string Path, string? Output, Func<int, double[][]> Rows)> Models()
    {
        foreach (string name in TestData.AllModelNames)
            yield return (name, TestData.Model(name), null, n => CsvTable.Load(TestData.TestInputs(name)).Inputs(n).Take(Rows).ToArray());
        foreach (string name in new[] { "3DBall", "Walker", "Basic", "PushBlock" })
            yield return ("ML-Agents " + name, Path.Combine(TestData.Models, "mlagents", name + ".onnx"), null,
                n => CsvTable.Load(Path.Combine(TestData.Models, "mlagents", name + ".reference.csv")).Inputs(n).Take(Rows).ToArray());
        var shapes = ExportShapesTests.Compiled().Select(d => ((string)d[0], (string?)null)).Append(("two_heads", "probs"));
        foreach (var (name, graphOutput) in shapes)
            yield return ("shape " + name + (graphOutput != null ? $" ({graphOutput})" : ""), Path.Combine(TestData.Models, "shapes", name + ".onnx"), graphOutput,
                n => CsvTable.Load(Path.Combine(TestData.Models, "shapes", name + ".inputs.csv")).Inputs(n));
    }

    private static string Number(double value) => value.ToString("0.0e+0", CultureInfo.InvariantCulture);

    private static string Percent(int part, int whole) => (100.0 * part / whole).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
