namespace Ferd.Ode
{
    /// <summary>
    /// A state variable x with x' = <see cref="Derivative"/>. <see cref="Initial"/> is x(0), or null
    /// when x(0) is supplied by the caller (a layer's input).
    /// </summary>
    public sealed record OdeVariable(string Name, Polynomial Derivative, double? Initial);
}
