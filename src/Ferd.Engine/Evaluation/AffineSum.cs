namespace Ferd.Evaluation
{
    /// <summary>Accumulates Σ c_i·f_i + constant over affine forms without intermediate allocations.</summary>
    internal sealed class AffineSum
    {
        private readonly double[] terms;
        private double center;

        public AffineSum(int symbols, double constant = 0)
        {
            terms = new double[symbols];
            center = constant;
        }

        public void Add(double coefficient, AffineForm form)
        {
            if (coefficient == 0) return;
            center += coefficient * form.Center;
            for (int j = 0; j < terms.Length; j++) terms[j] += coefficient * form.Terms[j];
        }

        public void Add(AffineForm form) => Add(1, form);

        public AffineForm ToForm() => new AffineForm(center, (double[])terms.Clone());
    }
}
