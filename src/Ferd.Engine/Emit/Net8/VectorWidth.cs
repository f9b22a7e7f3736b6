namespace Ferd.Emit
{
    /// <summary>The vector type a piece of the .NET 8 pass is written in: 256 bits, or 512 for batches where accelerated.</summary>
    internal sealed class VectorWidth
    {
        public static readonly VectorWidth Narrow = new VectorWidth(Intrinsics.Vector, Intrinsics.Lanes);

        public static readonly VectorWidth Wide = new VectorWidth(Intrinsics.WideVector, Intrinsics.WideLanes);

        private VectorWidth(string name, int lanes)
        {
            Name = name;
            Lanes = lanes;
        }

        /// <summary>"Vector256" or "Vector512", the static class of the vector's operations.</summary>
        public string Name { get; }

        public string OfFloat => Name + "<float>";

        /// <summary>Floats per vector.</summary>
        public int Lanes { get; }

        /// <summary>Vectors that hold <paramref name="values"/> floats, the last one partly.</summary>
        public int VectorsFor(int values) => (values + Lanes - 1) / Lanes;
    }
}
