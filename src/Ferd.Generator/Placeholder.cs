namespace Ferd.Generator
{
    internal static class Placeholder
    {
    }
}
