using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Ode
{
    /// <summary>A sum of monomials; the empty sum is the zero polynomial.</summary>
    public sealed class Polynomial
    {
        public static Polynomial Zero { get; } = new Polynomial(Array.Empty<Monomial>());

        public Polynomial(IEnumerable<Monomial> terms)
        {
            Terms = terms.Where(t => t.Coefficient != 0).ToArray();
        }

        public IReadOnlyList<Monomial> Terms { get; }

        public int Degree => Terms.Count == 0 ? 0 : Terms.Max(t => t.Degree);

        public double Evaluate(ReadOnlySpan<double> state)
        {
            double sum = 0;
            foreach (var term in Terms) sum += term.Evaluate(state);
            return sum;
        }
    }
}
