using Ferd.Evaluation;

namespace Ferd.Research
{
    /// <summary>Progress of a sweep: <see cref="Done"/> of <see cref="Total"/> steps, and what is being done.</summary>
    public sealed record SweepProgress(int Done, int Total, string Step);
}
