using System;
using Ferd.Networks;

namespace Ferd.Evaluation
{
    /// <summary>Interval images of σ and of its slopes.</summary>
    internal static class ActivationRanges
    {
        public static Interval Image(DenseLayer layer, Interval z)
        {
            var ends = new Interval(ActivationFunctions.Apply(layer.Activation, z.Lo, layer.Alpha), ActivationFunctions.Apply(layer.Activation, z.Hi, layer.Alpha));
            // A negative LeakyReLU slope makes 0 a minimum inside the interval.
            return z.Lo < 0 && z.Hi > 0 && layer.Activation == Activation.LeakyRelu ? Interval.Hull(ends, Interval.Point(0)) : ends;
        }

        /// <summary>
        /// The range of σ' over <paramref name="z"/>: it contains every secant slope
        /// (σ(q) − σ(p)) / (q − p) with p, q in the interval, piecewise-linear σ included.
        /// </summary>
        public static Interval Slopes(DenseLayer layer, Interval z)
        {
            switch (layer.Activation)
            {
                case Activation.Identity:
                    return Interval.Point(1);
                case Activation.Relu:
                    return Piecewise(z, 0, 1);
                case Activation.LeakyRelu:
                    return Piecewise(z, layer.Alpha, 1);
                case Activation.Tanh:
                    return Bell(z, v => 1 - Math.Tanh(v) * Math.Tanh(v));
                case Activation.Sigmoid:
                    return Bell(z, v =>
                    {
                        double s = 1.0 / (1.0 + Math.Exp(-v));
                        return s * (1 - s);
                    });
                default:
                    throw new ArgumentOutOfRangeException(nameof(layer), layer.Activation, null);
            }
        }

        private static Interval Piecewise(Interval z, double negative, double positive)
        {
            if (z.Lo >= 0) return Interval.Point(positive);
            if (z.Hi <= 0) return Interval.Point(negative);
            return new Interval(Math.Min(negative, positive), Math.Max(negative, positive));
        }

        /// <summary>σ' even and decreasing in |v|: largest nearest 0, smallest at the farther end.</summary>
        private static Interval Bell(Interval z, Func<double, double> derivative)
        {
            double nearest = z.Lo > 0 ? z.Lo : z.Hi < 0 ? z.Hi : 0;
            double farthest = Math.Max(Math.Abs(z.Lo), Math.Abs(z.Hi));
            return new Interval(derivative(farthest), derivative(nearest));
        }
    }
}
