namespace Ferd.Emit
{
    /// <summary>
    /// A type the generated class is nested in. <see cref="Keyword"/> is "class", "struct",
    /// "interface" or "record"; <see cref="Name"/> includes any type parameter list, e.g. "Cache&lt;T&gt;".
    /// </summary>
    public sealed record ContainingType(string Keyword, string Name);
}
