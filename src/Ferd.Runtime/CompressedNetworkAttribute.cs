using System;

namespace Ferd
{
    /// <summary>
    /// Compiles the ONNX model at <see cref="ModelPath"/> into a compressed, allocation-free
    /// forward pass on the attributed partial class.
    /// </summary>
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
        /// </summary>
        public double Epsilon { get; set; }
    }
}
