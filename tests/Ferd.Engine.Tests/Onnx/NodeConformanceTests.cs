using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>ONNX's own backend node tests, run by the reference interpreter at ONNX's tolerances.</summary>
public class NodeConformanceTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (string dir in Directory.GetDirectories(TestData.NodeTests).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Fact]
    public void All_node_tests_are_discovered() => Assert.Equal(39, Cases().Count);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Interpreter_reproduces_expected_outputs(string name)
    {
        string folder = Path.Combine(TestData.NodeTests, name);
        var model = OnnxModelReader.Read(File.ReadAllBytes(Path.Combine(folder, "model.onnx")));
        var interpreter = new OnnxInterpreter(model);
        var sets = Directory.GetDirectories(folder, "test_data_set_*");
        Assert.NotEmpty(sets);
        foreach (string set in sets)
        {
            var inputs = new Dictionary<string, Tensor>();
            for (int k = 0; k < model.Graph.Inputs.Count; k++)
                inputs[model.Graph.Inputs[k].Name] = ReadTensor(Path.Combine(set, $"input_{k}.pb"));
            var outputs = interpreter.Run(inputs);
            for (int k = 0; k < model.Graph.Outputs.Count; k++)
            {
                var expected = ReadTensor(Path.Combine(set, $"output_{k}.pb"));
                var actual = outputs[model.Graph.Outputs[k].Name];
                Assert.Equal(expected.Shape, actual.Shape);
                for (int i = 0; i < expected.Data.Length; i++)
                {
                    double tolerance = 1e-7 + 1e-3 * Math.Abs(expected.Data[i]);
                    Assert.True(Math.Abs(actual.Data[i] - expected.Data[i]) <= tolerance,
                        $"{name} output {k}[{i}]: expected {expected.Data[i]}, got {actual.Data[i]}");
                }
            }
        }
    }

    private static Tensor ReadTensor(string path) => OnnxTensorReader.Read(File.ReadAllBytes(path)).ToTensor();
}
