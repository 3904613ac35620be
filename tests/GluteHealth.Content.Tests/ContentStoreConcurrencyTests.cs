using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GluteHealth.Content.Tests.Support;

namespace GluteHealth.Content.Tests;

public sealed partial class ContentStoreConcurrencyTests : IDisposable
{
    private const int Versions = 40;
    private const int Readers = 4;

    private readonly TempContentFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static SampleArticle VersionOfA(int version) =>
        SampleArticle.Create("a", $"A version {version}")
            .With("summary", $"Summary of version {version}.")
            .WithBody($"Body token marker{version}x.\n");

    [Fact]
    public void Readers_never_see_a_missing_or_mixed_snapshot_while_reloads_happen()
    {
        _folder.WithTopics("pain").Write("a.md", VersionOfA(0)).Write("b.md", SampleArticle.Create("b", "B stays"));
        using var store = new ContentStore(_folder.Path, new ContentLoader(new ArticleCompiler()),
            new ContentOptions { ReloadDelayMilliseconds = 0 }, new RecordingLogger<ContentStore>());
        var failures = new ConcurrentQueue<string>();
        var observations = new int[Readers];
        var writerDone = 0;

        // Dedicated threads rather than the thread pool, so every reader really runs while the writer reloads.
        var readers = Enumerable.Range(0, Readers).Select(reader => new Thread(() =>
        {
            long lastVersion = 0;
            do
            {
                Interlocked.Increment(ref observations[reader]);
                if (Check(store.Current, ref lastVersion) is { } failure)
                {
                    failures.Enqueue(failure);
                }
                // Let the writer have the CPU too on small machines; readers still check many times per reload.
                Thread.Yield();
            }
            while (Volatile.Read(ref writerDone) == 0);
        })).ToArray();
        var writer = new Thread(() =>
        {
            for (var version = 1; version <= Versions; version++)
            {
                // Every reader reads between two reloads, however the threads are scheduled: without this wait
                // a fast writer could finish all versions before a reader had looked twice.
                var seen = observations.Select(count => Volatile.Read(ref count)).ToArray();
                SpinWait.SpinUntil(() => Enumerable.Range(0, Readers).All(r => Volatile.Read(ref observations[r]) > seen[r]),
                    TimeSpan.FromSeconds(10));
                // One rename per version, so the file on disk is always a whole version; the watcher reloads too.
                _folder.ReplaceAtomically("a.md", VersionOfA(version));
                store.Reload();
            }
            Volatile.Write(ref writerDone, 1);
        });

        foreach (var thread in readers.Append(writer))
        {
            thread.Start();
        }
        foreach (var thread in readers.Append(writer))
        {
            thread.Join();
        }

        Assert.Empty(failures.Distinct().Take(10));
        Assert.All(observations, count => Assert.True(count > 1));
        Assert.Equal($"A version {Versions}", store.Current.FindArticle("a")?.Title);
    }

    private static string? Check(ContentSnapshot? snapshot, ref long lastVersion)
    {
        if (snapshot is null)
        {
            return "Current was null";
        }
        if (snapshot.Version < lastVersion)
        {
            return $"version went back from {lastVersion} to {snapshot.Version}";
        }
        lastVersion = snapshot.Version;
        if (snapshot.Articles.Count != 2 || snapshot.FindArticle("b")?.Title != "B stays")
        {
            return $"snapshot {snapshot.Version} has {snapshot.Articles.Count} articles";
        }
        var a = snapshot.FindArticle("a");
        if (a is null || !ReferenceEquals(a, snapshot.Articles.Single(x => x.Slug == "a")))
        {
            return $"snapshot {snapshot.Version} lost article a";
        }
        var version = VersionNumber().Match(a.Title).Value;
        var whole = a.Summary == $"Summary of version {version}."
            && a.Html.Contains($"marker{version}x", StringComparison.Ordinal)
            && snapshot.Search.Search($"marker{version}x").Any(h => ReferenceEquals(h.Article, a));
        return whole ? null : $"snapshot {snapshot.Version} mixes version {version} of a.md with another";
    }

    [GeneratedRegex("[0-9]+$")]
    private static partial Regex VersionNumber();
}
