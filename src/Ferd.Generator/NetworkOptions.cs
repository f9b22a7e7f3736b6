namespace Ferd.Generator
{
    /// <summary>
    /// Everything that decides the generated code for one attributed class, without locations,
    /// so moving the attribute in its file does not re-run compression. <see cref="NonPartialType"/>
    /// names the class or containing type that lacks the partial modifier, if any.
    /// </summary>
    internal sealed record NetworkOptions(ClassSpec Class, string ModelPath, double Epsilon, string? NonPartialType);
}
