using BenchmarkDotNet.Attributes;
using GluteHealth.Content;
using GluteHealth.Content.Search;

namespace GluteHealth.Benchmarks;

/// <summary>
/// Search over the <see cref="SearchLibrary"/> (10,000 synthetic articles): one page of a three-word query, each
/// call the next of 1,000 queries, so it is the average over queries rather than one query's best case.
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class SearchBenchmarks
{
    private ContentSnapshot _snapshot = ContentSnapshot.Empty;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _snapshot = new ContentLoader(new ArticleCompiler()).Load(SearchLibrary.Folder);
        _snapshot.Search.WhenReady.GetAwaiter().GetResult();
        if (_snapshot.Articles.Count < SearchLibrary.Articles || _snapshot.Problems.Count != 0)
        {
            throw new InvalidOperationException($"expected {SearchLibrary.Articles} articles and no problems in {SearchLibrary.Folder}");
        }
    }

    private string NextQuery() => SearchLibrary.Queries[_next++ % SearchLibrary.Queries.Length];

    [Benchmark]
    public SearchResults FirstPage() => _snapshot.Search.SearchPage(NextQuery(), 1);

    /// <summary>Page 5: the queue keeps the best 100 hits instead of 20.</summary>
    [Benchmark]
    public SearchResults FifthPage() => _snapshot.Search.SearchPage(NextQuery(), 5);

    /// <summary>A word no article has: the fixed cost of analysing the query and looking the terms up.</summary>
    [Benchmark]
    public SearchResults NoMatch() => _snapshot.Search.SearchPage("zzzqqqxx", 1);
}
