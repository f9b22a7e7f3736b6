using System;
using System.Linq;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.OdeSolvers;

namespace Ferd.Ode
{
    /// <summary>
    /// Integrates an <see cref="OdeSystem"/> with MathNet's classical Runge–Kutta, doubling the step
    /// count until two successive solutions agree to <c>tolerance</c>.
    /// </summary>
    public static class OdeIntegrator
    {
        private const int InitialSteps = 32;
        private const int MaximumSteps = 1 << 16;

        public static double[] Solve(OdeSystem system, double[] initialState, double end, double tolerance = 1e-10)
        {
            if (initialState.Length != system.Variables.Count)
                throw new ArgumentException($"Expected {system.Variables.Count} initial values, got {initialState.Length}.", nameof(initialState));
            var y0 = Vector<double>.Build.DenseOfArray(initialState);
            Func<double, Vector<double>, Vector<double>> f = (_, y) =>
            {
                var dy = new double[y.Count];
                system.Derivative(y.AsArray() ?? y.ToArray(), dy);
                return Vector<double>.Build.DenseOfArray(dy);
            };

            double[] previous = Final(y0, end, InitialSteps, f);
            for (int steps = 2 * InitialSteps; steps <= MaximumSteps; steps *= 2)
            {
                double[] current = Final(y0, end, steps, f);
                if (MaxRelativeDifference(previous, current) <= tolerance) return current;
                previous = current;
            }
            return previous;
        }

        private static double[] Final(Vector<double> y0, double end, int steps, Func<double, Vector<double>, Vector<double>> f)
        {
            // MathNet's N counts grid points, endpoints included.
            var path = RungeKutta.FourthOrder(y0, 0, end, steps + 1, f);
            return path[path.Length - 1].ToArray();
        }

        private static double MaxRelativeDifference(double[] a, double[] b)
        {
            double worst = 0;
            for (int i = 0; i < a.Length; i++)
                worst = Math.Max(worst, Math.Abs(a[i] - b[i]) / Math.Max(1.0, Math.Abs(b[i])));
            return worst;
        }
    }
}
