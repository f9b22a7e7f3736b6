namespace Ferd.Compiling
{
    /// <summary>What a <see cref="RequestProblem"/> is about; each front end reports each kind its own way.</summary>
    public enum ProblemKind
    {
        /// <summary>A setting's value, or a combination of settings, that cannot run.</summary>
        Option,

        /// <summary>A data file that cannot be used; <see cref="RequestProblem.Path"/> names it.</summary>
        Data,

        /// <summary>No ε meets the budget.</summary>
        Budget,

        /// <summary>The model cannot be compiled; <see cref="RequestProblem.ModelError"/> says why.</summary>
        Model,
    }
}
