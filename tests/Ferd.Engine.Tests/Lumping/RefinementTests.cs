using FsCheck;
using FsCheck.Fluent;
using Ferd.Lumping;

namespace Ferd.Tests.Lumping;

public class RefinementTests
{
    private static readonly double[] Epsilons = [0, 0.05, 0.2, 0.5, 1, 3];

    /// <summary>
    /// The greedy refinement, checked against its definition without the key index: members lie
    /// within ε of their representative, and no representative lies within ε of one chosen before it.
    /// </summary>
    [Fact]
    public void Partitions_are_those_of_the_greedy_rule_without_an_index()
    {
        var cases = Gen.Choose(0, int.MaxValue).SelectMany(seed => Gen.Elements(Epsilons).Select(e => (seed, e)));
        Check.QuickThrowOnFailure(Prop.ForAll(Arb.From(cases), c =>
        {
            var network = RandomNetworks.Create(c.seed, degenerate: c.seed % 2 == 0);
            foreach (var lumping in AfdeCompressor.Lump(network, c.e).Hidden)
            {
                var (space, partition) = (lumping.Space, lumping.Partition);
                for (int k = 0; k < partition.NeuronCount; k++)
                {
                    int block = partition.Block[k];
                    if (block >= 0) Assert.True(space.Distance(k, partition.Representatives[block]) <= c.e);
                }
                foreach (int k in partition.Representatives)
                {
                    foreach (int j in partition.Representatives)
                    {
                        bool earlier = space.Importance[j] > space.Importance[k] || (space.Importance[j] == space.Importance[k] && j < k);
                        if (earlier) Assert.True(space.Distance(k, j) > c.e, $"representative {k} lies within ε of {j}");
                    }
                }
            }
        }));
    }
}
