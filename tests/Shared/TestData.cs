namespace Ferd.Tests;

/// <summary>
/// The models, datasets and ONNX conformance cases that tests, samples and benchmarks read, all
/// under tests/data/ (its README names their sources and licences).
/// </summary>
internal static class TestData
{
    public static string Root { get; } = RepositoryFiles.Path("tests", "data");

    public static string Models => Path.Combine(Root, "models");
    public static string Datasets => Path.Combine(Root, "datasets");
    public static string NodeTests => Path.Combine(Root, "onnx", "node-tests");

    /// <summary>
    /// The five development models the heavier suites (snapshots, fuzzing, consumer builds) run on:
    /// concrete_tanh, energy_relu, kin8nm_sigmoid, lorenz_relu, vanderpol_tanh.
    /// </summary>
    public static IReadOnlyList<string> ModelNames { get; } =
        ["concrete_tanh", "energy_relu", "kin8nm_sigmoid", "lorenz_relu", "vanderpol_tanh"];

    /// <summary>Every model in tests/data/models: the checks against ONNX Runtime run on all of them.</summary>
    public static IReadOnlyList<string> AllModelNames { get; } =
    [
        .. ModelNames,
        "lotka-volterra_tanh", "naval_leakyrelu", "power-plant_relu", "wine-red_tanh", "yacht_sigmoid",
    ];

    /// <summary>
    /// The models whose float32 forward pass (generated code, written ONNX) reproduces the graph:
    /// all of them, naval_leakyrelu too, whose normalization divides by a standard deviation of
    /// 1e-8 and so stays ahead of the first layer rather than folding into float32 weights.
    /// </summary>
    public static IReadOnlyList<string> FloatModelNames { get; } = AllModelNames;

    public static string Model(string name) => Path.Combine(Models, name + ".onnx");

    /// <summary>The train or test split of a model's dataset ("train" or "test").</summary>
    public static string Dataset(string modelName, string split)
    {
        string dataset = modelName.Split('_')[0];
        string folder = dataset is "lorenz" or "vanderpol" or "lotka-volterra" ? "dynamics" : "regression";
        return Path.Combine(Datasets, folder, $"{dataset}.{split}.csv");
    }

    /// <summary>The rows every reference comparison uses: the model's test split (inputs <c>x0..</c>, targets after them).</summary>
    public static string TestInputs(string modelName) => Dataset(modelName, "test");

    public static TheoryData<string> Names() => Theory(ModelNames);

    public static TheoryData<string> AllNames() => Theory(AllModelNames);

    public static TheoryData<string> FloatNames() => Theory(FloatModelNames);

    private static TheoryData<string> Theory(IEnumerable<string> names)
    {
        var data = new TheoryData<string>();
        foreach (var name in names) data.Add(name);
        return data;
    }
}
