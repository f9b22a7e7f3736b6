using System;

namespace Ferd
{
    /// <summary>
    /// Compiles the ONNX model at <see cref="ModelPath"/> into a compressed, allocation-free
    /// forward pass on the attributed partial class.
    /// </summary>
    /// <remarks>
    /// Compression is chosen by <see cref="Epsilon"/>, or by a budget (<see cref="MaxParameters"/>
    /// or <see cref="MaxError"/>) for which the generator searches the tolerance; a budget overrides
    /// <see cref="Epsilon"/>. Data files are CSV files of the project, named by their
    /// project-relative path like the model.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class CompressedNetworkAttribute : Attribute
    {
        public CompressedNetworkAttribute(string modelPath)
        {
            ModelPath = modelPath;
        }

        /// <summary>Path of the model, matched against the project's <c>*.onnx</c> files.</summary>
        public string ModelPath { get; }

        /// <summary>
        /// Tolerance of approximate differential equivalence: neurons whose induced dynamics differ
        /// by at most this (dimensionless) distance are merged. 0 merges exact copies only.
        /// Ignored when <see cref="MaxParameters"/> or <see cref="MaxError"/> is set.
        /// </summary>
        public double Epsilon { get; set; }

        /// <summary>
        /// Parameter budget: the closest network with at most this many weights and biases (the
        /// smallest tolerance that fits). 0, the default, sets no budget. Overrides
        /// <see cref="Epsilon"/>; cannot be combined with <see cref="MaxError"/>.
        /// </summary>
        public int MaxParameters { get; set; }

        /// <summary>
        /// Error budget: the smallest network whose root-mean-square error on the validation data is
        /// at most this. The validation data is <see cref="ValidationData"/>, or else the
        /// <see cref="CalibrationData"/> rows with the original network's outputs as targets.
        /// 0, the default, sets no budget. Overrides <see cref="Epsilon"/>.
        /// </summary>
        public double MaxError { get; set; }

        /// <summary>
        /// Project-relative path of a CSV file of typical inputs (a header row; columns
        /// <c>x0..x{n-1}</c>, or else the first n columns). Lumping measures distances on these
        /// rows, the compressed weights are refit to the original network's outputs on them by
        /// least squares, and the generated code carries a certified bound on the deviation from
        /// the original network over the data's range.
        /// </summary>
        public string? CalibrationData { get; set; }

        /// <summary>
        /// Project-relative path of a CSV file of inputs (<c>x0..</c> or the first columns) and
        /// targets (<c>y0..</c>, or <c>y</c> for one output) that <see cref="MaxError"/> is
        /// measured on. Without target columns the targets are the original network's outputs.
        /// </summary>
        public string? ValidationData { get; set; }

        /// <summary>
        /// Trades activation accuracy for speed: tanh and sigmoid layers use a clamped rational
        /// approximation, within 5e-7 of tanh (absolute and relative, 8 ulp) and 3e-7 of the
        /// sigmoid (absolute), instead of the default kernels accurate to 1–2 ulp. false, the
        /// default, keeps the accurate kernels.
        /// </summary>
        public bool FastActivations { get; set; }

        /// <summary>
        /// true, the default, generates vector code (256-bit intrinsics on .NET 8 and later,
        /// System.Numerics.Vector elsewhere). false generates one plain scalar, fully unrolled
        /// forward pass with every weight inline, for runtimes that do not accelerate vectors
        /// (IL2CPP and WebGL builds may not): see docs/PERFORMANCE.md for which is faster where.
        /// </summary>
        public bool Vectorize { get; set; } = true;

        /// <summary>
        /// The graph output (or intermediate value) to compile, such as
        /// "deterministic_discrete_actions". null, the default, takes the one output that is neither
        /// constant nor random, as in a Unity ML-Agents policy; a graph with several such outputs needs it.
        /// </summary>
        public string? Output { get; set; }
    }
}
