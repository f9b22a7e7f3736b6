using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Ferd.Generator.Benchmarks.GeneratorBenchmarks).Assembly).Run(args);
