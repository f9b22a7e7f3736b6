namespace Ferd.Robustness.Tests.Fuzzing;

/// <summary>Hostile names on values, nodes, the graph and the producer, renamed consistently so the model stays valid.</summary>
internal static class NameMutations
{
    public static IEnumerable<Mutation> All { get; } =
    [
        new("rename-value", (seed, random) => ModelEdits.Graph(seed, g =>
        {
            var names = ModelEdits.ValueNames(g);
            return ModelEdits.Rename(g, ModelEdits.Pick(names, random), HostileNames.Pick(random));
        })),
        new("rename-io", (seed, random) => ModelEdits.Graph(seed, g =>
            ModelEdits.Rename(ModelEdits.Rename(g, g.Inputs[0].Name, HostileNames.Pick(random)), g.Outputs[0].Name, HostileNames.Pick(random)))),
        new("rename-node", (seed, random) => ModelEdits.Nodes(seed, nodes =>
            nodes.Select(n => random.Next(2) == 0 ? n with { Name = HostileNames.Pick(random) } : n))),
        new("rename-metadata", (seed, random) => ModelEdits.Encode(seed.Model with
        {
            ProducerName = HostileNames.Pick(random),
            ProducerVersion = HostileNames.Pick(random),
            Graph = seed.Model.Graph with { Name = HostileNames.Pick(random) },
        })),
    ];
}
