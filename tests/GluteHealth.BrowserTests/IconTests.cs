using GluteHealth.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace GluteHealth.BrowserTests;

[Collection(SiteCollection.Name)]
public sealed class IconTests(SiteFixture site)
{
    [BrowserFact]
    public async Task A_first_visit_logs_no_error_and_every_icon_and_the_manifest_load()
    {
        await using var session = await site.OpenAsync();
        var errors = new List<string>();
        session.Page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                lock (errors)
                {
                    errors.Add(message.Text);
                }
            }
        };
        session.Page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                lock (errors)
                {
                    errors.Add($"{response.Status} {response.Url}");
                }
            }
        };

        await session.GoToAsync("/");
        // What a browser asks for around a first visit: the linked icons and manifest, the manifest's icons, and
        // /favicon.ico, which browsers request on their own.
        var statuses = await session.Page.EvaluateAsync<string[]>("""
            async () => {
                const urls = Array.from(document.querySelectorAll('link[rel~=icon], link[rel=manifest]')).map(l => l.href);
                const manifest = await (await fetch(document.querySelector('link[rel=manifest]').href)).json();
                urls.push(...manifest.icons.map(i => new URL(i.src, location.href).href), new URL('/favicon.ico', location.href).href);
                return Promise.all(urls.map(async u => (await fetch(u)).status + ' ' + u));
            }
            """);

        Assert.True(statuses.Length >= 6, string.Join("\n", statuses));
        Assert.All(statuses, s => Assert.StartsWith("200 ", s));
        lock (errors)
        {
            Assert.True(errors.Count == 0, "first visit:\n" + string.Join("\n", errors));
        }
    }
}
