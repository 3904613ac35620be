using BenchmarkDotNet.Attributes;
using GluteHealth.Content;
using GluteHealth.Content.Search;

namespace GluteHealth.Benchmarks;

/// <summary>Parse, validate and render one article: what a changed file costs (ArticleCompiler.Compile).</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CompileBenchmarks
{
    private readonly ArticleCompiler _compiler = new();
    private byte[] _bytes = [];
    private string _file = "";

    [ParamsSource(nameof(Slugs))]
    public string Slug { get; set; } = "";

    public static IEnumerable<string> Slugs => RepositoryContent.Slugs;

    [GlobalSetup]
    public void Setup()
    {
        _file = Slug + ".md";
        _bytes = File.ReadAllBytes(RepositoryContent.FileOf(Slug));
        if (_compiler.Compile(_file, _bytes).Article is null)
        {
            throw new InvalidOperationException($"{_file} does not compile");
        }
    }

    [Benchmark]
    public Article? Compile() => _compiler.Compile(_file, _bytes).Article;
}

/// <summary>Work on a loaded snapshot: a lookup (what a request costs before the page is rendered or cached),
/// a search, building the indexes, and reloading the folder with and without reuse.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SnapshotBenchmarks
{
    private readonly ContentLoader _loader = new(new ArticleCompiler());
    private ContentSnapshot _snapshot = ContentSnapshot.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = _loader.Load(RepositoryContent.Folder);
        if (_snapshot.Articles.Count != RepositoryContent.Slugs.Length || _snapshot.Problems.Count != 0)
        {
            throw new InvalidOperationException($"expected {RepositoryContent.Slugs.Length} articles and no problems in {RepositoryContent.Folder}");
        }
    }

    /// <summary>A cache hit at the content level: the article a page request asks for.</summary>
    [Benchmark]
    public Article? FindArticle() => _snapshot.FindArticle("dead-butt-syndrome");

    [Benchmark]
    public int SearchTwoTerms() => _snapshot.Search.Search("glute pain").Count;

    [Benchmark]
    public int SearchNoMatch() => _snapshot.Search.Search("zebra").Count;

    /// <summary>The search index alone, over the five rendered articles.</summary>
    [Benchmark]
    public SearchIndex BuildSearchIndex() => SearchIndex.Build(_snapshot.Articles);

    /// <summary>A reload where no file changed: read and hash the files, reuse every article, rebuild the
    /// snapshot's indexes (slugs, aliases, topics, related articles, search).</summary>
    [Benchmark]
    public ContentSnapshot ReloadUnchanged() => _loader.Load(RepositoryContent.Folder, _snapshot);

    /// <summary>A reload where all five files changed: every article parsed and rendered again (no reuse).</summary>
    [Benchmark]
    public ContentSnapshot ReloadAllChanged() => _loader.Load(RepositoryContent.Folder, previous: null);
}
