using GluteHealth.Content;

namespace GluteHealth.Testing;

/// <summary>
/// The site builds its first search index in the background. A test host waits for it before its tests run, as a
/// deployment waits for /readyz, so a busy test machine cannot turn a search into "Search is starting".
/// </summary>
public static class SearchReadiness
{
    public static void WaitForSearchIndex(this ContentStore store) => store.Current.Search.WhenReady.GetAwaiter().GetResult();
}
