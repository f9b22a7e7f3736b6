using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Ode
{
    /// <summary>c · Π x_v^p over a sparse list of factors; no factors is the constant c.</summary>
    public sealed class Monomial
    {
        public Monomial(double coefficient, params Factor[] factors)
        {
            foreach (var factor in factors)
            {
                if (factor.Power < 1) throw new ArgumentOutOfRangeException(nameof(factors), "Powers are positive.");
                if (factor.Variable < 0) throw new ArgumentOutOfRangeException(nameof(factors), "Variable indices are non-negative.");
            }
            Coefficient = coefficient;
            Factors = factors.OrderBy(f => f.Variable).ToArray();
        }

        public double Coefficient { get; }

        /// <summary>Factors in increasing variable order.</summary>
        public IReadOnlyList<Factor> Factors { get; }

        public int Degree => Factors.Sum(f => f.Power);

        public double Evaluate(ReadOnlySpan<double> state)
        {
            double value = Coefficient;
            foreach (var factor in Factors)
            {
                double x = state[factor.Variable];
                for (int p = 0; p < factor.Power; p++) value *= x;
            }
            return value;
        }
    }
}
