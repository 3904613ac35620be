using System.Collections.Immutable;

namespace GluteHealth.Content.Loading;

/// <summary>
/// The rules that need more than one file (unknown topic, duplicate slug or alias), applied to a set of files in
/// file-name order: which article each file serves, and its problems. Slugs outrank aliases whatever the file
/// order, so an alias can never take over another article's URL; otherwise the earlier file wins.
/// </summary>
internal static class CrossFileRules
{
    /// <remarks>
    /// The files given must include every file sharing a slug or alias with any of them; files outside that set
    /// cannot change the outcome, which is what lets a reload check only the neighbourhood of a change.
    /// </remarks>
    public static void Apply(IEnumerable<string> orderedFiles, ImmutableDictionary<string, LoadedFile>.Builder files, HashSet<string> knownTopics)
    {
        var ordered = orderedFiles.ToArray();
        var slugFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            if ((files[file].Compilation.Article ?? files[file].LastGood) is { } candidate)
            {
                slugFiles.TryAdd(candidate.Slug, file);
            }
        }

        var slugOwners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in ordered)
        {
            var loaded = files[file];
            var fresh = loaded.Compilation.Article;
            var fileProblems = fresh is null ? [] : Problems(fresh, knownTopics, slugOwners, slugFiles);

            var served = fresh is not null && fileProblems.Count == 0
                ? fresh
                : loaded.LastGood is { } lastGood && Problems(lastGood, knownTopics, slugOwners, slugFiles).Count == 0 ? lastGood : null;
            if (served is not null)
            {
                foreach (var name in served.Aliases.Prepend(served.Slug))
                {
                    slugOwners[name] = served.SourceFile;
                }
            }
            files[file] = loaded with
            {
                LastGood = served ?? loaded.LastGood,
                Served = served,
                Problems = fileProblems.Count == 0 ? loaded.Compilation.Problems : [.. loaded.Compilation.Problems, .. fileProblems],
            };
        }
    }

    private static List<ContentProblem> Problems(
        Article article, HashSet<string> knownTopics, Dictionary<string, string> slugOwners, Dictionary<string, string> slugFiles)
    {
        var problems = new List<ContentProblem>();
        int? Line(string field) => article.FieldLines.TryGetValue(field, out var line) ? line : null;

        foreach (var topic in article.TopicKeys.Where(t => !knownTopics.Contains(t)))
        {
            problems.Add(new ContentProblem(article.SourceFile, Line("topics"),
                $"unknown topic '{topic}' (topics are listed in {TopicListReader.FileName})"));
        }
        if (slugOwners.TryGetValue(article.Slug, out var owner))
        {
            problems.Add(new ContentProblem(article.SourceFile, Line("slug"), $"slug '{article.Slug}' is already used by {owner}"));
        }
        foreach (var alias in article.Aliases)
        {
            var aliasOwner = slugOwners.GetValueOrDefault(alias)
                ?? (slugFiles.TryGetValue(alias, out var slugFile) && slugFile != article.SourceFile ? slugFile : null);
            if (aliasOwner is not null)
            {
                problems.Add(new ContentProblem(article.SourceFile, Line("aliases"), $"alias '{alias}' is already used by {aliasOwner}"));
            }
        }
        return problems;
    }
}
