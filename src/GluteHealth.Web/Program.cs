using GluteHealth.Web.Commands;
using GluteHealth.Web.Infrastructure;

if (args is ["check", .. var checkArgs])
{
    return CheckCommand.Run(checkArgs);
}

var builder = WebApplication.CreateBuilder(args);
builder.AddSiteLogging();
builder.Services.AddSiteContent(builder.Configuration, builder.Environment);
builder.Services.AddSiteWeb(builder.Configuration);

var app = builder.Build();
if (!app.HasServableContent())
{
    return 1;
}
app.UseSite();
app.Run();
return 0;

public partial class Program;
