using System;

namespace Ferd.Compiling
{
    /// <summary>A parameter or error budget no tolerance ε can meet; the message says what the closest ε achieves.</summary>
    public sealed class BudgetException : Exception
    {
        public BudgetException(string message)
            : base(message)
        {
        }
    }
}
