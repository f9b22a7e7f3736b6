using System.Collections.Generic;
using Ferd.Networks;

namespace Ferd.Ode
{
    /// <summary>
    /// One dense layer as a polynomial ODE system: the layer input u (u' = 0, u(0) given) and one
    /// variable v per neuron. Integrated from 0 to 1, <see cref="Readout"/>(v(1)) is the layer output:
    /// Identity where σ has a polynomial form (v(1) = σ(z) exactly), σ itself where v carries
    /// the pre-activation z.
    /// </summary>
    public sealed record LayerEncoding(
        int Index,
        Activation Activation,
        OdeSystem System,
        IReadOnlyList<int> Inputs,
        IReadOnlyList<int> Outputs,
        Activation Readout);
}
