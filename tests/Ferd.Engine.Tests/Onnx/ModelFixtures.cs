using Ferd.Onnx;

namespace Ferd.Tests.Onnx;

/// <summary>The test models' bytes, read once per test run.</summary>
internal static class ModelFixtures
{
    private static readonly Dictionary<string, byte[]> Bytes = new();

    public static byte[] ModelBytes(string name)
    {
        lock (Bytes)
        {
            if (!Bytes.TryGetValue(name, out var bytes)) Bytes[name] = bytes = File.ReadAllBytes(TestData.Model(name));
            return bytes;
        }
    }

    public static OnnxModel Model(string name) => OnnxModelReader.Read(ModelBytes(name));
}
