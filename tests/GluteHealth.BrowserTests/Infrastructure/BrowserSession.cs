using Microsoft.Playwright;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>A browser context with one page, closed when the test ends.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page) : IAsyncDisposable
{
    private readonly List<string> _failedRequests = [];

    public IBrowserContext Context { get; } = context;

    public IPage Page { get; } = page;

    /// <summary>
    /// Opens a path, waits for the load event and web fonts, and checks the status code of the page and that every
    /// stylesheet, script, image and font it asked for loaded (an unstyled page would make layout and contrast checks meaningless).
    /// </summary>
    public async Task<IResponse> GoToAsync(string path, int expectedStatus = 200)
    {
        _failedRequests.Clear();
        void OnResponse(object? sender, IResponse response)
        {
            if (response.Status >= 400 && response.Request.ResourceType != "document")
            {
                lock (_failedRequests)
                {
                    _failedRequests.Add($"{response.Status} {response.Url}");
                }
            }
        }
        void OnFailed(object? sender, IRequest request)
        {
            lock (_failedRequests)
            {
                _failedRequests.Add($"{request.Failure} {request.Url}");
            }
        }

        Page.Response += OnResponse;
        Page.RequestFailed += OnFailed;
        try
        {
            var response = await Page.GotoAsync(path, new() { WaitUntil = WaitUntilState.Load });
            Assert.NotNull(response);
            Assert.True(response.Status == expectedStatus, $"GET {path} answered {response.Status}, expected {expectedStatus}");
            await WhenSettledAsync();
            lock (_failedRequests)
            {
                Assert.True(_failedRequests.Count == 0,
                    $"{path}: some of the page's resources did not load:\n  " + string.Join("\n  ", _failedRequests));
            }
            return response;
        }
        finally
        {
            Page.Response -= OnResponse;
            Page.RequestFailed -= OnFailed;
        }
    }

    /// <summary>Waits until the page has loaded, its web fonts are ready and finite CSS animations/transitions have ended (no fixed sleeps).</summary>
    public async Task WhenSettledAsync()
    {
        await Page.WaitForLoadStateAsync(LoadState.Load);
        await Page.EvaluateAsync("""
            async () => {
                await document.fonts.ready;
                const finite = document.getAnimations().filter(a => {
                    const timing = a.effect ? a.effect.getComputedTiming() : null;
                    return timing && Number.isFinite(timing.endTime);
                });
                await Promise.all(finite.map(a => a.finished.catch(() => null)));
                return true;
            }
            """);
    }

    public async ValueTask DisposeAsync() => await Context.CloseAsync();
}
