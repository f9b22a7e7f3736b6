using Microsoft.ML.OnnxRuntime;

namespace Ferd.Benchmarks;

/// <summary>
/// ONNX Runtime on its low-overhead path, as a careful user would embed it: one intra-op thread,
/// sequential execution, input and output tensors wrapped once around arrays allocated once
/// (<see cref="OrtValue.CreateTensorValueFromMemory{T}(T[], long[])"/>), and
/// <c>Run(RunOptions, names, values, names, values)</c>, which writes into those outputs.
/// </summary>
public sealed class OnnxRuntimePass : IDisposable
{
    private readonly SessionOptions _options;
    private readonly InferenceSession _session;
    private readonly RunOptions _run = new();
    private readonly string[] _inputNames;
    private readonly string[] _outputNames;
    private readonly OrtValue[] _inputValues;
    private readonly OrtValue[] _outputValues;

    public OnnxRuntimePass(string modelPath, int rows, int inputCount, int outputCount)
    {
        _options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        _session = new InferenceSession(modelPath, _options);
        Input = new float[rows * inputCount];
        Output = new float[rows * outputCount];
        _inputNames = [_session.InputNames[0]];
        _outputNames = [_session.OutputNames[0]];
        _inputValues = [OrtValue.CreateTensorValueFromMemory(Input, [rows, inputCount])];
        _outputValues = [OrtValue.CreateTensorValueFromMemory(Output, [rows, outputCount])];
    }

    /// <summary>The rows ONNX Runtime reads, row-major: fill them before <see cref="Run"/>.</summary>
    public float[] Input { get; }

    /// <summary>Where <see cref="Run"/> writes its outputs, row-major.</summary>
    public float[] Output { get; }

    public void Run() => _session.Run(_run, _inputNames, _inputValues, _outputNames, _outputValues);

    /// <summary>A copying wrapper for checking results; the benchmarks call <see cref="Run"/> on data already in place.</summary>
    public void Predict(ReadOnlySpan<float> input, Span<float> output)
    {
        input.CopyTo(Input);
        Run();
        Output.AsSpan(0, output.Length).CopyTo(output);
    }

    public void Dispose()
    {
        foreach (var value in _inputValues.Concat(_outputValues)) value.Dispose();
        _run.Dispose();
        _session.Dispose();
        _options.Dispose();
    }
}
