using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Ferd.Tests;

/// <summary>
/// ONNX Runtime, run in process: the reference Ferd's results are checked against. A model's
/// rows are its graph inputs concatenated in graph order (the <c>x0..</c> convention of the CSV
/// files), each input flattened row-major.
/// </summary>
internal static class OnnxRuntimeReference
{
    /// <summary>The graph output <paramref name="output"/> (by default the first) for every row, in one batch.</summary>
    public static double[][] Run(byte[] model, IReadOnlyList<double[]> rows, string? output = null)
    {
        using var options = Options();
        using var session = new InferenceSession(model, options);
        var feeds = Feeds(session, rows);
        string name = output ?? session.OutputNames[0];
        using var results = session.Run(feeds, [name]);
        return Rows(results[0], rows.Count);
    }

    public static double[][] Run(string modelPath, IReadOnlyList<double[]> rows, string? output = null) =>
        Run(File.ReadAllBytes(modelPath), rows, output);

    /// <summary>How many values a row holds: the sizes of all graph inputs, less the batch dimension.</summary>
    public static int InputWidth(byte[] model)
    {
        using var options = Options();
        using var session = new InferenceSession(model, options);
        return session.InputNames.Sum(name => RowSize(session, name));
    }

    private static int RowSize(InferenceSession session, string input) =>
        session.InputMetadata[input].Dimensions.Skip(1).Aggregate(1, (product, d) => product * d);

    private static SessionOptions Options() => new() { IntraOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };

    /// <summary>One tensor per graph input, its columns cut from each row in graph order.</summary>
    private static List<NamedOnnxValue> Feeds(InferenceSession session, IReadOnlyList<double[]> rows)
    {
        var feeds = new List<NamedOnnxValue>();
        int offset = 0;
        foreach (string name in session.InputNames)
        {
            int[] shape = session.InputMetadata[name].Dimensions;
            int size = RowSize(session, name);
            var values = new float[rows.Count * size];
            for (int r = 0; r < rows.Count; r++)
            {
                if (rows[r].Length < offset + size) throw new ArgumentException($"Row {r} has {rows[r].Length} values; input '{name}' needs columns {offset}..{offset + size - 1}.");
                for (int c = 0; c < size; c++) values[r * size + c] = (float)rows[r][offset + c];
            }
            feeds.Add(NamedOnnxValue.CreateFromTensor(name, new DenseTensor<float>(values, [rows.Count, .. shape.Skip(1)])));
            offset += size;
        }
        return feeds;
    }

    /// <summary>A batch output split into rows; integer outputs (ArgMax, discrete actions) as exact doubles.</summary>
    private static double[][] Rows(DisposableNamedOnnxValue result, int rowCount)
    {
        double[] flat = result.Value switch
        {
            Tensor<float> t => t.ToArray().Select(v => (double)v).ToArray(),
            Tensor<long> t => t.ToArray().Select(v => (double)v).ToArray(),
            Tensor<int> t => t.ToArray().Select(v => (double)v).ToArray(),
            _ => throw new NotSupportedException($"Output '{result.Name}' is of type {result.Value?.GetType().Name}."),
        };
        int width = flat.Length / rowCount;
        return Enumerable.Range(0, rowCount).Select(r => flat.AsSpan(r * width, width).ToArray()).ToArray();
    }
}
