using Ferd.Unity;

// dotnet run -c Release --project src/Ferd.Unity -- OUTPUT_DIR
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project src/Ferd.Unity -- OUTPUT_DIR");
    return 2;
}
try
{
    UnityPackage.Write(args[0]);
    Console.WriteLine("wrote " + Path.GetFullPath(args[0]));
    return 0;
}
catch (IOException e)
{
    Console.Error.WriteLine("ferd-unity: " + e.Message);
    return 2;
}
