using System.Reflection;
using BenchmarkDotNet.Running;

namespace Ferd.Benchmarks.Tests;

/// <summary>
/// Every case of every benchmark suite, run once the way BenchmarkDotNet would (parameters set,
/// global setup — which checks each variant's results before timing —, the benchmark method,
/// cleanup), without timing: seconds, not the minutes a measured run takes. A benchmark that no
/// longer builds, throws, or computes the wrong thing fails the test run instead of going unnoticed.
/// </summary>
public class BenchmarkDryRunTests
{
    public static TheoryData<string> Suites() => new()
    {
        typeof(Ferd.Benchmarks.Program).Assembly.GetName().Name!,
        typeof(Ferd.Benchmarks.LumpingBenchmarks).Assembly.GetName().Name!,
        typeof(Ferd.Generator.Benchmarks.GeneratorBenchmarks).Assembly.GetName().Name!,
    };

    [Theory]
    [MemberData(nameof(Suites))]
    public void Every_benchmark_case_runs_once(string suite)
    {
        var assembly = Assembly.Load(suite);
        var cases = assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.BenchmarkAttribute>() != null))
            .SelectMany(t => BenchmarkConverter.TypeToBenchmarks(t).BenchmarksCases)
            .ToList();
        Assert.NotEmpty(cases);
        foreach (var benchmark in cases)
        {
            var descriptor = benchmark.Descriptor;
            object instance = Activator.CreateInstance(descriptor.Type)!;
            foreach (var parameter in benchmark.Parameters.Items)
                descriptor.Type.GetProperty(parameter.Name)!.SetValue(instance, parameter.Value);
            try
            {
                descriptor.GlobalSetupMethod?.Invoke(instance, null);
                descriptor.WorkloadMethod.Invoke(instance, null);
            }
            catch (TargetInvocationException e)
            {
                Assert.Fail($"{benchmark.DisplayInfo}: {e.InnerException}");
            }
            finally
            {
                descriptor.GlobalCleanupMethod?.Invoke(instance, null);
            }
        }
    }
}
