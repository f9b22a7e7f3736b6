return Ferd.Cli.FerdCommand.Run(args, Console.Out, Console.Error, interactive: !Console.IsErrorRedirected);
