using GluteHealth.Web.Commands;
using GluteHealth.Web.Infrastructure;

switch (args)
{
    case ["check", .. var checkArgs]:
        return CheckCommand.Run(checkArgs);
    case ["export", var folder, .. var exportArgs]:
        return await ExportCommand.RunAsync(folder, exportArgs);
}

var app = SiteApplication.Build(args);
if (!app.HasServableContent())
{
    await app.DisposeAsync();
    return 1;
}
app.UseSite();
await app.RunAsync();
return 0;

public partial class Program;
