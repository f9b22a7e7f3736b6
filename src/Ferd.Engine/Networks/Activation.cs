namespace Ferd.Networks
{
    /// <summary>The activation σ applied elementwise after a dense layer's affine map.</summary>
    public enum Activation
    {
        Identity,
        Relu,
        LeakyRelu,
        Tanh,
        Sigmoid,
    }
}
