namespace GluteHealth.Testing;

/// <summary>
/// A test host waits until the site is ready before its tests run, as a deployment waits for /readyz, so a busy test
/// machine cannot turn a search into "Search is starting". Asking is also what lets the site begin its first search
/// index, which waits for the site's first answer.
/// </summary>
public static class SearchReadiness
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(2);

    public static void WaitUntilReady(HttpClient site)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            using var response = site.GetAsync("/readyz").GetAwaiter().GetResult();
            if (response.IsSuccessStatusCode)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"/readyz still answered {(int)response.StatusCode} after {Limit}.");
            }
            Thread.Sleep(10);
        }
    }
}
