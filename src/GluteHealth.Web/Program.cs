using GluteHealth.Web.Commands;
using GluteHealth.Web.Infrastructure;

var commandLine = CommandLine.Parse(args);
switch (commandLine)
{
    case { Command: "check", Operands: [] }:
        return CheckCommand.Run(commandLine.Options);
    case { Command: "export", Operands: [var folder] }:
        return await ExportCommand.RunAsync(folder, commandLine.Options);
    case { Command: "help" or "--help" or "-h" }:
        Console.WriteLine(CommandLine.Usage);
        return 0;
    case { Command: not null }:
        Console.Error.WriteLine($"error: unknown command or arguments: {string.Join(' ', commandLine.Operands.Prepend(commandLine.Command))}");
        Console.Error.WriteLine(CommandLine.Usage);
        return 2;
}

var app = SiteApplication.Build(commandLine.Options);
if (!app.HasServableContent())
{
    await app.DisposeAsync();
    return 1;
}
app.UseSite();
await app.RunAsync();
return 0;

public partial class Program;
