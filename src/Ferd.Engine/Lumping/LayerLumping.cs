namespace Ferd.Lumping
{
    /// <summary>A hidden layer's signatures and the partition AFDE chose for them.</summary>
    internal sealed record LayerLumping(SignatureSpace Space, LayerPartition Partition);
}
