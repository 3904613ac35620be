using GluteHealth.Content;

namespace GluteHealth.Web.Commands;

/// <summary><c>check</c>: validates the content folder, prints every problem, exits non-zero if there is one.</summary>
public static class CheckCommand
{
    public static int Run(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var options = builder.Configuration.GetSection(ContentOptions.SectionName).Get<ContentOptions>() ?? new ContentOptions();
        var folder = ContentFolder.Resolve(options.Path, builder.Environment.ContentRootPath);
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"error: content folder {folder} does not exist (set --Content:Path=<folder>)");
            return 2;
        }

        // Validation reads no search index; building one (in the background, at scale) would only take CPU from it.
        var snapshot = new ContentLoader(new ArticleCompiler(), options.MaxFileBytes, buildSearchIndex: false).Load(folder);
        foreach (var problem in snapshot.Problems)
        {
            Console.Error.WriteLine($"error: {problem}");
        }
        if (snapshot.Articles.Count == 0 && snapshot.Problems.Count == 0)
        {
            Console.Error.WriteLine($"error: {folder} holds no articles");
            return 1;
        }
        Console.WriteLine($"{folder}: {snapshot.Articles.Count} articles, {snapshot.Topics.Count} topics, {snapshot.Problems.Count} problems");
        return snapshot.Problems.Count == 0 ? 0 : 1;
    }
}
