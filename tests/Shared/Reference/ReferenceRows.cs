using System.Collections.Concurrent;
using Ferd.Evaluation;

namespace Ferd.Tests;

/// <summary>
/// A test model's reference rows: the inputs of its dataset's test split and what ONNX Runtime
/// computes for them, in process. Computed once per model and test run.
/// </summary>
internal sealed record ReferenceRows(double[][] Inputs, double[][] Outputs)
{
    private static readonly ConcurrentDictionary<string, Lazy<ReferenceRows>> Computed = new();

    private double[]? _columnScales;

    public static ReferenceRows For(string model) =>
        Computed.GetOrAdd(model, name => new Lazy<ReferenceRows>(() => Compute(name))).Value;

    /// <summary>
    /// How far a float32 forward pass may stray from ONNX Runtime's output <paramref name="expected"/>
    /// in column <paramref name="column"/>: 1e-4 relative, and at least 1e-6 of the column's largest
    /// value (a float32 sum that cancels keeps the rounding of its terms, not of its result) or 1e-5.
    /// </summary>
    public double Tolerance(int column, double expected) =>
        Math.Max(Math.Max(1e-5, 1e-6 * ColumnScale(column)), 1e-4 * Math.Abs(expected));

    /// <summary>The largest magnitude ONNX Runtime gives in output column <paramref name="column"/>.</summary>
    public double ColumnScale(int column) =>
        (_columnScales ??= Enumerable.Range(0, Outputs[0].Length).Select(c => Outputs.Max(row => Math.Abs(row[c]))).ToArray())[column];

    /// <summary>The inputs rounded to float32, as the graph sees them.</summary>
    public float[][] FloatInputs => Inputs.Select(row => row.Select(v => (float)v).ToArray()).ToArray();

    private static ReferenceRows Compute(string model)
    {
        byte[] bytes = File.ReadAllBytes(TestData.Model(model));
        int inputs = OnnxRuntimeReference.InputWidth(bytes);
        double[][] rows = CsvTable.Load(TestData.TestInputs(model)).Inputs(inputs);
        return new ReferenceRows(rows, OnnxRuntimeReference.Run(bytes, rows));
    }
}
