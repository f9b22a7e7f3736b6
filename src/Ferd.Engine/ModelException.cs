using System;

namespace Ferd
{
    /// <summary>
    /// A model Ferd cannot read or compile. The message is one line a user can act on; it names
    /// the node and operator where there is one. Every other exception from Engine is a bug.
    /// </summary>
    public sealed class ModelException : Exception
    {
        /// <remarks>Names the message quotes from the model may hold line breaks; they are escaped.</remarks>
        public ModelException(ModelErrorKind kind, string message)
            : base(OneLineText.Escape(message))
        {
            Kind = kind;
        }

        public ModelErrorKind Kind { get; }
    }
}
