using Ferd.Package.Tests.Unity;

namespace Ferd.Package.Tests;

/// <summary>The package's editor script, compiled against a stub of the Unity API it uses and run on a project folder.</summary>
public class EditorScriptTests
{
    [Fact]
    public void A_model_gets_its_additional_file_rewritten_only_on_change_and_removed_with_it()
    {
        using var project = new TempDirectory();
        string model = Path.Combine(project.Path, "Assets", "Models", "brain.onnx");
        string additional = Path.Combine(project.Path, "Assets", "Models", "brain.Ferd.Generator.additionalfile");
        Directory.CreateDirectory(Path.GetDirectoryName(model)!);
        File.Copy(TestData.Model("vanderpol_tanh"), model);
        var script = new EditorScript(project.Path);

        script.Postprocess(["Assets/Models/brain.onnx", "Assets/notes.txt"], []);
        string[] lines = File.ReadAllText(additional).Split("\r\n");
        Assert.All(lines[..^1], line => Assert.Equal(76, line.Length));
        Assert.Equal(File.ReadAllBytes(model), Convert.FromBase64String(string.Concat(lines)));
        Assert.Equal(["Assets/Models/brain.Ferd.Generator.additionalfile"], script.Imported);

        script.Postprocess(["Assets/Models/brain.onnx"], []);
        Assert.Single(script.Imported);

        File.Copy(TestData.Model("concrete_tanh"), model, overwrite: true);
        script.Postprocess(["Assets/Models/brain.onnx"], []);
        Assert.Equal(File.ReadAllBytes(model), Convert.FromBase64String(File.ReadAllText(additional)));
        Assert.Equal(2, script.Imported.Count);

        script.Postprocess([], ["Assets/Models/brain.onnx"]);
        Assert.False(File.Exists(additional));
        Assert.Empty(script.Warnings);
    }

    [Fact]
    public void A_moved_model_takes_its_additional_file_along_and_a_name_unity_would_not_pass_is_a_warning()
    {
        using var project = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(project.Path, "Assets", "New"));
        File.Copy(TestData.Model("vanderpol_tanh"), Path.Combine(project.Path, "Assets", "New", "field.onnx"));
        File.WriteAllText(Path.Combine(project.Path, "Assets", "field.Ferd.Generator.additionalfile"), "old");
        File.Copy(TestData.Model("vanderpol_tanh"), Path.Combine(project.Path, "Assets", "field.v2.onnx"));
        var script = new EditorScript(project.Path);

        script.Postprocess(["Assets/field.v2.onnx"], [], moved: ["Assets/New/field.onnx"], movedFrom: ["Assets/field.onnx"]);

        Assert.False(File.Exists(Path.Combine(project.Path, "Assets", "field.Ferd.Generator.additionalfile")));
        Assert.True(File.Exists(Path.Combine(project.Path, "Assets", "New", "field.Ferd.Generator.additionalfile")));
        Assert.False(File.Exists(Path.Combine(project.Path, "Assets", "field.v2.Ferd.Generator.additionalfile")));
        Assert.Contains("'Assets/field.v2.onnx'", Assert.Single(script.Warnings));
    }
}
