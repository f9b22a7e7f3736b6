using Ferd.Networks;

namespace Ferd.Lumping
{
    /// <summary>What compression did to one layer (1-based <see cref="Index"/>, as users count layers).</summary>
    public sealed record LayerCompression(int Index, Activation Activation, int Inputs, int NeuronsBefore, int NeuronsAfter);
}
