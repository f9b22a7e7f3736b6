namespace Ferd.Ode
{
    /// <summary>One factor x_v^p of a monomial: variable index and a positive power.</summary>
    public readonly record struct Factor(int Variable, int Power);
}
