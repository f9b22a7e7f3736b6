namespace Ferd.Emit
{
    /// <summary>Fully qualified names the .NET 8 forward pass uses, so generated code needs no using directives.</summary>
    internal static class Intrinsics
    {
        public const string Vector = "global::System.Runtime.Intrinsics.Vector256";
        public const string VectorOfFloat = Vector + "<float>";
        public const string Unsafe = "global::System.Runtime.CompilerServices.Unsafe";
        public const string MemoryMarshal = "global::System.Runtime.InteropServices.MemoryMarshal";
        public const string Inline = "[global::System.Runtime.CompilerServices.MethodImpl(global::System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]";

        /// <summary>Floats per vector.</summary>
        public const int Lanes = 8;

        /// <summary>An element offset as a native unsigned integer literal.</summary>
        public static string Offset(int value) => "(nuint)" + Invariant.Int(value);
    }
}
