using Ferd.Evaluation;
using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>The shared models and their ONNX Runtime reference rows, read once per test run.</summary>
internal static class ModelFixtures
{
    private static readonly Dictionary<string, byte[]> Bytes = new();

    public static byte[] ModelBytes(string name)
    {
        lock (Bytes)
        {
            if (!Bytes.TryGetValue(name, out var bytes)) Bytes[name] = bytes = File.ReadAllBytes(SharedFiles.Model(name));
            return bytes;
        }
    }

    public static OnnxModel Model(string name) => OnnxModelReader.Read(ModelBytes(name));

    /// <summary>Reference inputs and ONNX Runtime outputs.</summary>
    public static (double[][] Inputs, double[][] Outputs) Reference(string name, int inputs, int outputs)
    {
        var table = CsvTable.Load(SharedFiles.Reference(name));
        return (table.Inputs(inputs), table.Columnset("out", outputs));
    }
}
