namespace Ferd.Emit
{
    /// <summary>Names the .NET 8 forward pass uses, under the using directives of the pass's namespace.</summary>
    internal static class Intrinsics
    {
        public const string Vector = "Vector256";
        public const string VectorOfFloat = Vector + "<float>";
        public const string Unsafe = "Unsafe";
        public const string MemoryMarshal = "MemoryMarshal";
        public const string Inline = "[MethodImpl(MethodImplOptions.AggressiveInlining)]";

        /// <summary>Floats per vector.</summary>
        public const int Lanes = 8;

        /// <summary>The vectors batches run in where the machine runs them natively (AVX-512).</summary>
        public const string WideVector = "Vector512";
        public const string WideVectorOfFloat = WideVector + "<float>";

        /// <summary>Floats per wide vector; layer buffers are padded to a multiple of it.</summary>
        public const int WideLanes = 16;

        /// <summary>An element offset as a native unsigned integer literal.</summary>
        public static string Offset(int value) => "(nuint)" + Invariant.Int(value);
    }
}
