using System.Text.Json;

namespace Ferd.Tests;

public class InspectVerbTests
{
    [Theory]
    [MemberData(nameof(TestData.AllNames), MemberType = typeof(TestData))]
    public void Inspect_reports_what_the_exporter_recorded(string name)
    {
        using var description = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.Models, name + ".json")));
        var json = description.RootElement;

        var result = Cli.Run("inspect", TestData.Model(name));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"parameters  {json.GetProperty("params").GetInt32()}", result.Out);
        Assert.Contains($"opset       {json.GetProperty("opset").GetInt32()} ", result.Out);
        var hidden = json.GetProperty("hidden").EnumerateArray().Select(h => h.GetInt32()).ToArray();
        string activation = json.GetProperty("activation").GetString()!;
        var layerLines = result.Out.Split('\n').SkipWhile(l => !l.StartsWith("layer")).Skip(1).Where(l => l.Trim().Length > 0).ToArray();
        Assert.Equal(hidden.Length + 1, layerLines.Length);
        for (int i = 0; i < hidden.Length; i++)
        {
            var cells = layerLines[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // LeakyReLU carries its slope as the model stores it, a float: "leakyrelu(0.1)".
            Assert.Equal(activation, cells[1].Split('(')[0]);
            if (activation == "leakyrelu") Assert.Equal("leakyrelu(0.1)", cells[1]);
            Assert.Equal(hidden[i].ToString(), cells[3]);
        }
        Assert.Equal("identity", layerLines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
    }
}
