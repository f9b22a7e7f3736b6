using Ferd.Networks;
using Ferd.Onnx;

namespace Ferd.Tests;

/// <summary>
/// A network of a million parameters, built from seeded random weights rather than committed
/// (its ONNX file is 4 MB): 784 → 1024 → 256 → 10, tanh hidden layers, an MNIST-sized MLP of
/// 1,068,810 parameters. Its two large layers are streamed by the generated code, the last is not.
/// </summary>
internal static class MillionParameterNetwork
{
    public static readonly int[] Sizes = [784, 1024, 256, 10];

    public static Network Build()
    {
        var random = new Random(2026);
        var layers = new List<DenseLayer>();
        for (int l = 1; l < Sizes.Length; l++)
        {
            int inputs = Sizes[l - 1], outputs = Sizes[l];
            double scale = 1.5 / Math.Sqrt(inputs);
            var weights = Enumerable.Range(0, inputs * outputs).Select(_ => Float(random, scale)).ToArray();
            var bias = Enumerable.Range(0, outputs).Select(_ => Float(random, 0.5)).ToArray();
            layers.Add(new DenseLayer(inputs, outputs, weights, bias, l == Sizes.Length - 1 ? Activation.Identity : Activation.Tanh));
        }
        return new Network(layers);
    }

    public static byte[] Onnx() => OnnxWriter.Write(Build());

    /// <summary>Seeded inputs in [-1, 1], row-major.</summary>
    public static float[][] Inputs(int rows)
    {
        var random = new Random(7);
        return Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, Sizes[0]).Select(_ => (float)Float(random, 1)).ToArray()).ToArray();
    }

    private static double Float(Random random, double scale) => (float)((random.NextDouble() * 2 - 1) * scale);
}
