using System;
using System.Collections.Generic;
using System.Linq;
using Ferd.Networks;

namespace Ferd.Ode
{
    /// <summary>A network as a sequence of polynomial ODE systems, one per layer (docs/METHOD.md §2).</summary>
    public sealed class NetworkEncoding
    {
        public NetworkEncoding(IReadOnlyList<LayerEncoding> layers)
        {
            Layers = layers.ToArray();
        }

        public IReadOnlyList<LayerEncoding> Layers { get; }

        /// <summary>
        /// The network's output computed by integrating every layer's system to t = 1, each layer's
        /// input being the previous layer's readout.
        /// </summary>
        public double[] Integrate(ReadOnlySpan<double> input, double tolerance = 1e-10)
        {
            double[] current = input.ToArray();
            foreach (var layer in Layers)
            {
                var state = OdeIntegrator.Solve(layer.System, layer.System.InitialState(current), 1.0, tolerance);
                current = layer.Outputs.Select(i => layer.Readout.Apply(state[i])).ToArray();
            }
            return current;
        }

        /// <summary>One equation per line, grouped by layer; see <see cref="OdeText"/>.</summary>
        public override string ToString() => OdeText.Format(this);
    }
}
