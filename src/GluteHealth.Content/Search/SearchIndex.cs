namespace GluteHealth.Content.Search;

/// <summary>
/// Lucene search over titles, headings, summaries and bodies (BM25, stemmed, case and diacritics folded), one
/// immutable view per content snapshot. <see cref="Apply"/> updates only the changed articles' documents; an
/// index started with <see cref="StartBuild"/> answers once <see cref="IsReady"/>.
/// </summary>
/// <remarks>
/// The query text is never parsed as Lucene syntax: it is analysed into terms and the query is built from them,
/// so quotes, operators and wildcards are plain characters. Hits matching more query terms rank first, then by
/// score (title ×10, headings ×5, summary ×3, body ×1), then by title.
/// </remarks>
public sealed class SearchIndex
{
    public const int MaxQueryLength = 200;
    public const int PageSize = 20;
    private const int MaxTerms = 12;

    private readonly Task<IndexView?> _view;

    private SearchIndex(Task<IndexView?> view) => _view = view;

    /// <summary>An index with no articles, ready.</summary>
    public static SearchIndex Empty { get; } = new(Task.FromResult<IndexView?>(null));

    /// <summary>
    /// An index that is never built and never ready, for a process that answers no query; changes leave it as it is.
    /// </summary>
    public static SearchIndex Unbuilt { get; } = new(new TaskCompletionSource<IndexView?>().Task);

    /// <summary>Indexes every article now; the index is ready on return.</summary>
    public static SearchIndex Build(IEnumerable<Article> articles) =>
        new(Task.FromResult<IndexView?>(new IndexLineage(articles).Latest));

    /// <summary>
    /// Indexes on a background thread below the priority of requests (<see cref="BackgroundWork"/>), after
    /// <paramref name="startAfter"/> (the site starts it after its first answer; tests hold a build back with it).
    /// </summary>
    public static SearchIndex StartBuild(IEnumerable<Article> articles, Task? startAfter = null)
    {
        var list = articles.ToArray();
        return new(Task.Run(async () =>
        {
            await (startAfter ?? Task.CompletedTask).ConfigureAwait(false);
            return await BackgroundWork.Run(() =>
            {
                var view = new IndexLineage(list).Latest;
                // Worked out here, before the index says it is ready, not by the first reader's search (tens of ms
                // at 10,000 articles). Later views, one per edit, still work it out on their first search.
                _ = view.TitleRanks;
                return (IndexView?)view;
            }).ConfigureAwait(false);
        }));
    }

    public bool IsReady => _view.IsCompletedSuccessfully;

    /// <summary>Completes when the index can answer without waiting.</summary>
    public Task WhenReady => _view;

    /// <summary>Whether the index is ready, after waiting at most <paramref name="limit"/> for a build under way.</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan limit, CancellationToken cancellation = default)
    {
        if (!IsReady)
        {
            await Task.WhenAny(_view, Task.Delay(limit, cancellation)).ConfigureAwait(false);
        }
        return IsReady;
    }

    /// <summary>
    /// The index after removing <paramref name="removedOrChanged"/> (by slug) and adding or replacing
    /// <paramref name="addedOrChanged"/>; this index keeps answering as before. A changed article appears in both.
    /// Costs in proportion to the change; applied to an index still building, it runs after that build.
    /// </summary>
    public SearchIndex Apply(IReadOnlyCollection<Article> removedOrChanged, IReadOnlyCollection<Article> addedOrChanged)
    {
        if ((removedOrChanged.Count == 0 && addedOrChanged.Count == 0) || ReferenceEquals(this, Unbuilt))
        {
            return this;
        }
        Article[] removed = [.. removedOrChanged];
        Article[] added = [.. addedOrChanged];
        return IsReady
            ? new(Task.FromResult<IndexView?>(Next(_view.Result, removed, added)))
            : new(NextAfter(_view, removed, added));

        static async Task<IndexView?> NextAfter(Task<IndexView?> view, Article[] removed, Article[] added) =>
            Next(await view.ConfigureAwait(false), removed, added);
    }

    /// <summary>The first <paramref name="limit"/> hits (waits for a background build).</summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = PageSize) => SearchPage(query, 1, limit).Hits;

    /// <summary>One page of hits; a page past the last is clamped to the last (waits for a background build).</summary>
    public SearchResults SearchPage(string query, int page, int pageSize = PageSize)
    {
        var terms = SearchTerms.Of(query).Distinct().Take(MaxTerms).ToArray();
        var view = terms.Length == 0 ? null : Acquire();
        if (view is null)
        {
            return SearchResults.None;
        }
        try
        {
            // Only the hits up to the requested page are kept in order; a page past the last has every hit
            // within it, so the clamped last page is among them too.
            var wanted = (int)Math.Min((long)Math.Max(page, 1) * pageSize, view.Reader.MaxDoc);
            (string Term, TermMatches Matches)[] matches = [.. terms.Select(term => (term, view.MatchesOf(term)))];
            var (best, total) = QueryHits.Best(view, [.. matches.Select(m => m.Matches)], wanted);
            var pageCount = (int)Math.Max(1, ((long)total + pageSize - 1) / pageSize);
            var current = Math.Clamp(page, 1, pageCount);
            var onPage = best.Skip((current - 1) * pageSize).Take(pageSize).ToArray();
            var snippets = Snippets.For(view, onPage, matches);
            var hits = onPage.Select((r, i) => new SearchHit(view.ArticleAt(r.Doc), r.Score, snippets[i])).ToArray();
            return new SearchResults(hits, total, current, pageCount);
        }
        finally
        {
            view.Release();
        }
    }

    private static IndexView Next(IndexView? from, Article[] removed, Article[] added)
    {
        if (from is null)
        {
            return new IndexLineage(added).Latest;
        }
        // Applied to a view that is no longer its writer's latest (a snapshot was built but never served):
        // start a new index from this view's articles rather than mix two histories.
        return from.Lineage.TryApply(from, removed, added)
            ?? new IndexLineage(IndexLineage.Change(from.Articles, removed, added).Values).Latest;
    }

    /// <summary>This index's view with a reference taken; the lineage's latest if this one is already retired.</summary>
    private IndexView? Acquire()
    {
        var view = _view.GetAwaiter().GetResult();
        while (view is not null && !view.TryAcquire())
        {
            view = view.Lineage.Latest;
        }
        return view;
    }
}
