using System;
using System.Linq;

namespace Ferd.Onnx.Import
{
    /// <summary>
    /// The affine map y = s ⊙ (M u) + c from the last layer boundary u (n values) to the value being
    /// followed along the chain (m values). Normalization, one dense operator and de-normalization
    /// compose into it exactly, in double, until an activation turns it into a dense layer. M stays
    /// implicit (the identity) until the dense operator arrives and per-feature scales stay a vector,
    /// so declared sizes alone never make the importer allocate or loop quadratically.
    /// </summary>
    internal sealed class AffineMap
    {
        private readonly double[]? _dense;
        private readonly double[] _scale;
        private readonly double[] _offset;

        private AffineMap(int inputs, int outputs, double[]? dense, double[] scale, double[] offset, bool isIdentity)
        {
            Inputs = inputs;
            Outputs = outputs;
            _dense = dense;
            _scale = scale;
            _offset = offset;
            IsIdentity = isIdentity;
        }

        public int Inputs { get; }

        public int Outputs { get; }

        /// <summary>True while nothing has been composed in since the last layer boundary.</summary>
        public bool IsIdentity { get; }

        /// <summary>True once a dense operator (Gemm, MatMul) is part of the map.</summary>
        public bool HasDense => _dense != null;

        public static AffineMap Identity(int size) =>
            new AffineMap(size, size, null, Filled(size, 1), new double[size], true);

        /// <summary>y = s ⊙ u + c, feature by feature.</summary>
        public static AffineMap Diagonal(double[] scale, double[] offset) =>
            new AffineMap(scale.Length, scale.Length, null, scale, offset, scale.All(v => v == 1) && offset.All(v => v == 0));

        /// <summary>The per-feature scale s of a map without a dense operator.</summary>
        public double[] DiagonalScale => _dense == null ? (double[])_scale.Clone() : throw new InvalidOperationException("The map holds a dense operator.");

        /// <summary>The per-feature offset c of a map without a dense operator.</summary>
        public double[] DiagonalOffset => _dense == null ? (double[])_offset.Clone() : throw new InvalidOperationException("The map holds a dense operator.");

        /// <summary>y ↦ y + k, per feature.</summary>
        public AffineMap Shift(ReadOnlySpan<double> k)
        {
            var offset = new double[Outputs];
            for (int j = 0; j < Outputs; j++) offset[j] = _offset[j] + k[j];
            return new AffineMap(Inputs, Outputs, _dense, _scale, offset, false);
        }

        /// <summary>y ↦ k ⊙ y, per feature.</summary>
        public AffineMap Scale(ReadOnlySpan<double> k)
        {
            var scale = new double[Outputs];
            var offset = new double[Outputs];
            for (int j = 0; j < Outputs; j++)
            {
                scale[j] = _scale[j] * k[j];
                offset[j] = _offset[j] * k[j];
            }
            return new AffineMap(Inputs, Outputs, _dense, scale, offset, false);
        }

        /// <summary>
        /// y ↦ W y + b with W row-major (b.Length) × Outputs. Only one dense operator goes into a map:
        /// the caller closes a dense map into a layer first, so the cost stays that of reading W.
        /// </summary>
        public AffineMap Then(double[] weights, double[] bias)
        {
            if (_dense != null) throw new InvalidOperationException("Close the dense map into a layer before composing another dense operator.");
            int rows = bias.Length;
            var dense = new double[rows * Inputs];
            var offset = new double[rows];
            for (int r = 0; r < rows; r++)
            {
                double shift = bias[r];
                for (int j = 0; j < Outputs; j++)
                {
                    double w = weights[r * Outputs + j];
                    shift += w * _offset[j];
                    dense[r * Inputs + j] = w * _scale[j];
                }
                offset[r] = shift;
            }
            return new AffineMap(Inputs, rows, dense, Filled(rows, 1), offset, false);
        }

        /// <summary>The map's matrix, row-major Outputs × Inputs.</summary>
        public double[] Weights()
        {
            var weights = new double[(long)Outputs * Inputs];
            for (int j = 0; j < Outputs; j++)
            {
                if (_dense == null) weights[j * Inputs + j] = _scale[j];
                else for (int i = 0; i < Inputs; i++) weights[j * Inputs + i] = _scale[j] * _dense[j * Inputs + i];
            }
            return weights;
        }

        public double[] Bias() => (double[])_offset.Clone();

        public bool IsFinite() => AllFinite(_scale) && AllFinite(_offset) && (_dense == null || AllFinite(_dense));

        private static bool AllFinite(double[] values)
        {
            foreach (double v in values) if (double.IsNaN(v) || double.IsInfinity(v)) return false;
            return true;
        }

        private static double[] Filled(int count, double value)
        {
            var values = new double[count];
            for (int i = 0; i < count; i++) values[i] = value;
            return values;
        }
    }
}
