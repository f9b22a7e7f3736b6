namespace Ferd.Robustness.Tests;

/// <summary>Tests that change the process-wide culture, so nothing else runs beside them.</summary>
[CollectionDefinition(nameof(CultureCollection), DisableParallelization = true)]
public class CultureCollection;
