// The least a Razor Pages site serving this content can do, for tests/Performance: load the content folder with
// the site's own content library (the five articles parsed and rendered, as the site does before it listens), then
// one Razor Page that writes an article's HTML. No layout, logging sink, output cache, headers or other pages.
// Next to MinimalKestrel it shows what Razor Pages and the content load cost on their own.
//
// Usage: dotnet MinimalRazorPages.dll --Content:Path=<content folder> --urls http://127.0.0.1:PORT
using GluteHealth.Content;

var builder = WebApplication.CreateBuilder(args);
var folder = builder.Configuration["Content:Path"]
    ?? throw new InvalidOperationException("Set --Content:Path to the content folder.");
builder.Services.AddSingleton(new ContentLoader(new ArticleCompiler()).Load(Path.GetFullPath(folder)));
builder.Services.AddRazorPages();

var app = builder.Build();
app.MapRazorPages();
app.Run();
