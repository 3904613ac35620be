using GluteHealth.Content;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// One running site and one Chromium shared by every browser test (a collection fixture); each test opens its own
/// browser context, so cookies, viewport and colour scheme never leak between tests.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--no-first-run", "--disable-sync",
    ];

    private SiteServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The content the site is serving right now.</summary>
    public ContentSnapshot Content => Server.Services.GetRequiredService<ContentStore>().Current;

    public SitePages Pages => new(Content);

    private SiteServer Server
    {
        get
        {
            BrowserEnvironment.EnsureAvailable();
            return _server ?? throw new InvalidOperationException("The site is not running.");
        }
    }

    public async Task InitializeAsync()
    {
        // With Chromium or axe-core missing there is nothing to start; each test then skips, or in CI fails with the install hint.
        if (BrowserEnvironment.Problem is not null)
        {
            return;
        }

        // Auto-retrying assertions get the same generous limit as actions: a slow CI machine is not a failure.
        Assertions.SetDefaultExpectTimeout(15_000);
        _server = new SiteServer();
        BaseAddress = _server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 120_000,
        });
    }

    /// <summary>A fresh browser context and page at the given viewport width and colour scheme.</summary>
    public async Task<BrowserSession> OpenAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, int height = 800)
    {
        BrowserEnvironment.EnsureAvailable();
        var browser = _browser ?? throw new InvalidOperationException("Chromium is not running.");
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new() { Width = width, Height = height },
            ColorScheme = scheme,
            // axe-core is injected as an inline script; the site's Content-Security-Policy must not block it.
            BypassCSP = true,
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "Site and browser";
}
