using Ferd;

namespace Ferd.Samples.Regression;

// The same trained network (concrete compressive strength from 8 mix features), compiled at
// four tolerances, and once for a parameter budget with calibration data. Epsilon = 0 merges only
// neurons that are exact copies: the original function.

[CompressedNetwork("concrete_tanh.onnx")]
public static partial class ConcreteOriginal { }

[CompressedNetwork("concrete_tanh.onnx", Epsilon = 0.25)]
public static partial class ConcreteMild { }

[CompressedNetwork("concrete_tanh.onnx", Epsilon = 0.5)]
public static partial class ConcreteCompressed { }

[CompressedNetwork("concrete_tanh.onnx", Epsilon = 1.0)]
public static partial class ConcreteSmall { }

// No larger than ConcreteSmall (592 parameters), but lumped on the training inputs and refit to them.
[CompressedNetwork("concrete_tanh.onnx", MaxParameters = 592, CalibrationData = "data/concrete.train.csv")]
public static partial class ConcreteCalibrated { }
