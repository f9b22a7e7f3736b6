namespace Ferd.Package.Tests;

/// <summary>The project files and programs of the consumer projects the package tests build.</summary>
internal static class ConsumerSources
{
    public static string Project(string version, string targetFramework, string outputType, string languageVersion, string models) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>{outputType}</OutputType>
            <TargetFramework>{targetFramework}</TargetFramework>
            <LangVersion>{languageVersion}</LangVersion>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Ferd" Version="{version}" />
          </ItemGroup>
          <ItemGroup>
        {models}
          </ItemGroup>
        </Project>
        """;

    /// <summary>A linked model: outside the project folder, seen by the generator under its Link path.</summary>
    public static string LinkedModel(string fullPath, string link) => $"    <None Include=\"{fullPath}\" Link=\"{link}\" />";

    public static string AttributedClass(string className, string modelPath, double epsilon) =>
        $"[Ferd.CompressedNetwork(\"{modelPath}\", Epsilon = {epsilon.ToString(System.Globalization.CultureInfo.InvariantCulture)})]\npublic static partial class {className} {{ }}\n";

    /// <summary>
    /// A program that runs each network over a CSV's inputs (args: output folder, then one CSV per
    /// network), writes NAME.csv with the outputs, and prints "isa V512 V256 V" (which vectors the
    /// runtime accelerates), "batch NAME same" when PredictBatch over all rows gives every row the
    /// bits Predict gives it (else "batch NAME differs at row R"), and "alloc NAME BYTES" for repeated calls.
    /// </summary>
    public static string Program(IEnumerable<string> classNames) => $$"""
        using System;
        using System.Globalization;
        using System.IO;
        using System.Linq;
        using System.Numerics;
        using System.Runtime.Intrinsics;

        public delegate void Predictor(ReadOnlySpan<float> input, Span<float> output);

        public static class Program
        {
            public static void Main(string[] args)
            {
                Console.WriteLine("isa " + Vector512.IsHardwareAccelerated + " " + Vector256.IsHardwareAccelerated + " " + Vector.IsHardwareAccelerated);
                int next = 1;
        {{string.Join("\n", classNames.Select(c => $"        Run(\"{c}\", {c}.InputCount, {c}.OutputCount, {c}.Predict, {c}.PredictBatch, args[0], args[next++]);"))}}
            }

            private static void Run(string name, int inputCount, int outputCount, Predictor predict, Predictor predictBatch, string folder, string csv)
            {
                var rows = File.ReadAllLines(csv).Skip(1)
                    .Select(line => line.Split(',').Take(inputCount).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                    .ToArray();
                var output = new float[outputCount];
                var alone = new float[rows.Length * outputCount];
                using (var writer = new StreamWriter(Path.Combine(folder, name + ".csv")))
                {
                    for (int r = 0; r < rows.Length; r++)
                    {
                        predict(rows[r], output);
                        output.CopyTo(alone, r * outputCount);
                        writer.WriteLine(string.Join(",", output.Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
                    }
                }
                var batch = new float[alone.Length];
                predictBatch(rows.SelectMany(row => row).ToArray(), batch);
                int differing = Enumerable.Range(0, alone.Length).FirstOrDefault(i => BitConverter.SingleToInt32Bits(alone[i]) != BitConverter.SingleToInt32Bits(batch[i]), -1);
                Console.WriteLine("batch " + name + (differing < 0 ? " same" : " differs at row " + differing / outputCount));
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int repeat = 0; repeat < 100; repeat++)
                {
                    foreach (var row in rows) predict(row, output);
                }
                Console.WriteLine("alloc " + name + " " + (GC.GetAllocatedBytesForCurrentThread() - before));
            }
        }
        """;

    /// <summary>
    /// A program that runs ML-Agents policies over their reference CSVs (args: output folder, then
    /// one CSV per policy), writes NAME.csv with the actions and prints "alloc NAME BYTES".
    /// Discrete policies give integer actions.
    /// </summary>
    public static string PolicyProgram(IEnumerable<(string Class, bool Discrete)> policies) => $$"""
        using System;
        using System.Globalization;
        using System.IO;
        using System.Linq;

        public delegate void Continuous(ReadOnlySpan<float> input, Span<float> output);
        public delegate void Discrete(ReadOnlySpan<float> input, Span<int> output);

        public static class Program
        {
            public static void Main(string[] args)
            {
                int next = 1;
        {{string.Join("\n", policies.Select(p => $"        Run(\"{p.Class}\", {p.Class}.InputCount, {p.Class}.OutputCount, new {(p.Discrete ? "Discrete" : "Continuous")}({p.Class}.Predict), args[0], args[next++]);"))}}
            }

            private static void Run(string name, int inputCount, int outputCount, Continuous predict, string folder, string csv)
            {
                var output = new float[outputCount];
                Run(name, inputCount, row => predict(row, output), () => string.Join(",", output.Select(v => v.ToString("R", CultureInfo.InvariantCulture))), folder, csv);
            }

            private static void Run(string name, int inputCount, int outputCount, Discrete predict, string folder, string csv)
            {
                var output = new int[outputCount];
                Run(name, inputCount, row => predict(row, output), () => string.Join(",", output.Select(v => v.ToString(CultureInfo.InvariantCulture))), folder, csv);
            }

            private static void Run(string name, int inputCount, Action<float[]> predict, Func<string> line, string folder, string csv)
            {
                var rows = File.ReadAllLines(csv).Skip(1)
                    .Select(l => l.Split(',').Take(inputCount).Select(v => float.Parse(v, CultureInfo.InvariantCulture)).ToArray())
                    .ToArray();
                using (var writer = new StreamWriter(Path.Combine(folder, name + ".csv")))
                {
                    foreach (var row in rows)
                    {
                        predict(row);
                        writer.WriteLine(line());
                    }
                }
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int repeat = 0; repeat < 100; repeat++)
                {
                    foreach (var row in rows) predict(row);
                }
                Console.WriteLine("alloc " + name + " " + (GC.GetAllocatedBytesForCurrentThread() - before));
            }
        }
        """;
}
