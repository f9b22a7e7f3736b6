using Ferd.Networks;

namespace Ferd.Tests.Lumping;

public class PriorSamplesTests
{
    [Fact]
    public void Draws_are_the_same_every_time_and_follow_the_prior()
    {
        var prior = new InputPrior([5, -2, 0], [0.5, 3, 0]);

        var rows = PriorSamples.Draw(prior, 2000);

        Assert.Equal(rows, PriorSamples.Draw(prior, 2000));
        for (int j = 0; j < prior.Count; j++)
        {
            double mean = rows.Average(x => x[j]);
            double sd = Math.Sqrt(rows.Average(x => (x[j] - mean) * (x[j] - mean)));
            // Four standard errors: a correct sampler fails this about once in 15,000 seeds.
            Assert.Equal(prior.Mean[j], mean, 4 * prior.Spread[j] / Math.Sqrt(rows.Length));
            Assert.Equal(prior.Spread[j], sd, 0.1 * prior.Spread[j]);
        }
        Assert.All(rows, x => Assert.Equal(0, x[2]));
    }

    [Fact]
    public void A_shorter_draw_is_the_start_of_a_longer_one()
    {
        var prior = new InputPrior([1, 2], [1, 1]);

        Assert.Equal(PriorSamples.Draw(prior, 10), PriorSamples.Draw(prior, 20).Take(10));
    }
}
