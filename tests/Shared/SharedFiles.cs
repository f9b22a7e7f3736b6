namespace Ferd.Tests;

/// <summary>Finds ../shared (models, data, ONNX node tests) beside the checkout.</summary>
internal static class SharedFiles
{
    public static string Root { get; } = Locate();

    public static string Models => Path.Combine(Root, "models");
    public static string Data => Path.Combine(Root, "data");
    public static string NodeTests => Path.Combine(Root, "onnx", "node-tests");

    /// <summary>The shared models by name: concrete_tanh, energy_relu, kin8nm_sigmoid, lorenz_relu, vanderpol_tanh.</summary>
    public static IReadOnlyList<string> ModelNames { get; } =
        ["concrete_tanh", "energy_relu", "kin8nm_sigmoid", "lorenz_relu", "vanderpol_tanh"];

    public static string Model(string name) => Path.Combine(Models, name + ".onnx");
    public static string Reference(string name) => Path.Combine(Models, name + ".reference.csv");

    /// <summary>The train or test split of a model's dataset ("train" or "test").</summary>
    public static string Dataset(string modelName, string split)
    {
        string dataset = modelName.Split('_')[0];
        string folder = dataset is "lorenz" or "vanderpol" ? "dynamics" : "regression";
        return Path.Combine(Data, folder, $"{dataset}.{split}.csv");
    }

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in ModelNames) data.Add(name);
        return data;
    }

    private static string Locate()
    {
        // From the checkout, not the test's output folder, which FERD_ARTIFACTS may put elsewhere.
        for (var dir = new DirectoryInfo(RepositoryFiles.Root); dir != null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "models"))) return candidate;
        }
        throw new DirectoryNotFoundException("shared/ (models, data, onnx) was not found beside the checkout.");
    }
}
