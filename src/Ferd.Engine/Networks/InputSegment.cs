namespace Ferd.Networks
{
    /// <summary>One graph input: its name and feature count. The network's input is all of them concatenated in graph order.</summary>
    public sealed record InputSegment(string Name, int Length);
}
