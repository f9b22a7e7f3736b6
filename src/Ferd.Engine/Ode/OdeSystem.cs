using System;
using System.Collections.Generic;
using System.Linq;

namespace Ferd.Ode
{
    /// <summary>An autonomous polynomial ODE system x' = f(x) with named variables.</summary>
    public sealed class OdeSystem
    {
        public OdeSystem(IEnumerable<OdeVariable> variables)
        {
            Variables = variables.ToArray();
            foreach (var variable in Variables)
            {
                foreach (var term in variable.Derivative.Terms)
                {
                    if (term.Factors.Any(f => f.Variable >= Variables.Count))
                        throw new ArgumentException($"The derivative of {variable.Name} refers to a variable that does not exist.", nameof(variables));
                }
            }
        }

        public IReadOnlyList<OdeVariable> Variables { get; }

        /// <summary>Indices of the variables whose initial value the caller supplies, in order.</summary>
        public IReadOnlyList<int> FreeVariables => Enumerable.Range(0, Variables.Count).Where(i => Variables[i].Initial is null).ToArray();

        public int Degree => Variables.Count == 0 ? 0 : Variables.Max(v => v.Derivative.Degree);

        public void Derivative(ReadOnlySpan<double> state, Span<double> derivative)
        {
            for (int i = 0; i < Variables.Count; i++) derivative[i] = Variables[i].Derivative.Evaluate(state);
        }

        /// <summary>The initial state, taking the free variables' values from <paramref name="free"/> in order.</summary>
        public double[] InitialState(ReadOnlySpan<double> free)
        {
            var state = new double[Variables.Count];
            int next = 0;
            for (int i = 0; i < Variables.Count; i++)
            {
                double? initial = Variables[i].Initial;
                if (initial is null)
                {
                    if (next >= free.Length) throw new ArgumentException($"Expected {FreeVariables.Count} initial values, got {free.Length}.", nameof(free));
                    state[i] = free[next++];
                }
                else
                {
                    state[i] = initial.Value;
                }
            }
            if (next != free.Length) throw new ArgumentException($"Expected {next} initial values, got {free.Length}.", nameof(free));
            return state;
        }
    }
}
