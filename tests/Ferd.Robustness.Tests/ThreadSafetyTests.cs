namespace Ferd.Robustness.Tests;

/// <summary>Compilers run generators for many projects at once: parallel runs must give what sequential runs give.</summary>
public class ThreadSafetyTests
{
    private const int Projects = 8;

    [Fact]
    public void Parallel_projects_generate_exactly_what_sequential_runs_do()
    {
        static double Epsilon(int project) => 0.05 * project;
        var sequential = Enumerable.Range(0, Projects).Select(p => SharedModelProjects.Run(p, Epsilon(p)).Transcript).ToArray();

        var parallel = new string[Projects];
        Parallel.For(0, Projects, new ParallelOptions { MaxDegreeOfParallelism = Projects }, p => parallel[p] = SharedModelProjects.Run(p, Epsilon(p)).Transcript);

        for (int p = 0; p < Projects; p++)
        {
            Assert.Equal(sequential[p], parallel[p]);
            Assert.Equal(TestData.ModelNames.Count, CountOf(sequential[p], "FERD010"));
        }
        Assert.Equal(Projects, sequential.Distinct().Count());
    }

    private static int CountOf(string text, string word) => text.Split(word).Length - 1;
}
