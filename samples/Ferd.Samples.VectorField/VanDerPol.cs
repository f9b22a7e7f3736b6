using Ferd;

namespace Ferd.Samples.VectorField;

// A network trained on the Van der Pol oscillator's vector field: (x, y) -> (dx/dt, dy/dt).

[CompressedNetwork("vanderpol_tanh.onnx")]
public static partial class LearnedField { }

[CompressedNetwork("vanderpol_tanh.onnx", Epsilon = 0.3)]
public static partial class CompressedField { }
