using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

public sealed class HostileInputTests(KestrelSiteFactory site) : IClassFixture<KestrelSiteFactory>
{
    // Text that only appears in files the site must never publish.
    private static readonly string[] Secrets =
    [
        "MinimumLevel", "AllowedHosts", "<Project", "PackageReference", "repositoryformatversion", "TreatWarningsAsErrors",
        "slug: alpha", "- key: aches",
    ];

    [Theory]
    [InlineData("/../appsettings.json")]
    [InlineData("/../../appsettings.json")]
    [InlineData("/%2e%2e/appsettings.json")]
    [InlineData("/%2e%2e%2fappsettings.json")]
    [InlineData("/%2E%2E%2F%2E%2E%2Fappsettings.json")]
    [InlineData("/%252e%252e%252fappsettings.json")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/..\\appsettings.json")]
    [InlineData("/css/..%5c..%5cappsettings.json")]
    [InlineData("/%c0%ae%c0%ae/%c0%ae%c0%ae/appsettings.json")]
    [InlineData("/%c0%af..%c0%afappsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/appsettings.json%00.css")]
    [InlineData("/articles/alpha%00")]
    [InlineData("/articles/%00../../appsettings.json")]
    [InlineData("/GluteHealth.Web.dll")]
    [InlineData("/GluteHealth.Web.csproj")]
    [InlineData("/.git/config")]
    [InlineData("/%2egit/config")]
    [InlineData("/alpha.md")]
    [InlineData("/topics.yml")]
    [InlineData("/content/alpha.md")]
    [InlineData("/articles/..%2f..%2ftopics.yml")]
    [InlineData("/wwwroot/css/site.css")]
    public async Task Path_traversal_in_any_encoding_never_reaches_a_file_outside_what_is_published(string target)
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", target);

        Assert.InRange(response.Status, 400, 499);
        AssertNoSecrets(response);
    }

    [Theory]
    [InlineData("/articles/%zz")]
    [InlineData("/articles/%")]
    [InlineData("/articles/%e2%82")]
    [InlineData("/topics/%ff%fe")]
    [InlineData("/search?q=%zz%")]
    [InlineData("/articles/%%%%")]
    [InlineData("/topics/aches/page/%00")]
    [InlineData("/topics/aches/page/%zz")]
    [InlineData("/topics/aches/page/2%2f3")]
    [InlineData("/a-z/%00")]
    [InlineData("/a-z/%ff/page/2")]
    [InlineData("/sitemap-%00.xml")]
    public async Task Invalid_percent_encodings_get_a_client_error_or_a_page_never_a_500(string target)
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", target);

        Assert.True(response.Status is (>= 200 and < 300) or (>= 400 and < 500), $"{target} answered {response.Status}");
        AssertNoSecrets(response);
    }

    [Fact]
    public async Task An_8_kb_path_is_refused_with_414()
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/articles/" + new string('a', 8 * 1024));

        Assert.Equal(414, response.Status);
    }

    [Fact]
    public async Task An_8_kb_query_string_is_refused_with_414()
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/search?q=" + new string('x', 8 * 1024));

        Assert.Equal(414, response.Status);
    }

    [Fact]
    public async Task A_long_slug_within_the_limits_is_a_404()
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/articles/" + new string('a', 4000));

        Assert.Equal(404, response.Status);
    }

    [Fact]
    public async Task A_500_character_search_gets_a_clear_answer()
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/search?q=" + new string('x', 500));

        Assert.Equal(200, response.Status);
        Assert.Contains("too long", response.Body);
    }

    [Theory]
    [InlineData("TRACE")]
    [InlineData("OPTIONS")]
    [InlineData("PROPFIND")]
    [InlineData("DELETE")]
    [InlineData("FOO")]
    public async Task Methods_other_than_get_and_head_answer_405(string method)
    {
        var response = await RawHttp.SendAsync(site.Address, method, "/articles/alpha", "Content-Length: 0");

        Assert.Equal(405, response.Status);
        Assert.Contains("Allow: GET, HEAD", response.Head);
    }

    [Theory]
    [InlineData("Range: bytes=999999999999-999999999999")]
    [InlineData("Range: bytes=-0")]
    [InlineData("Range: bytes=abc")]
    [InlineData("Range: bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15,16-17,18-19,20-21")]
    [InlineData("If-None-Match: \"unterminated")]
    [InlineData("If-None-Match: *")]
    [InlineData("If-Modified-Since: not a date")]
    [InlineData("If-Modified-Since: Fri, 31 Dec 9999 23:59:59 GMT")]
    [InlineData("Accept-Encoding: br;q=abc, gzip;q=-1, *;q=2")]
    [InlineData("Accept-Encoding: identity;q=0, *;q=0")]
    [InlineData("Accept-Encoding: \u00ff\u00fe")]
    public async Task Absurd_headers_never_cause_a_500(string header)
    {
        foreach (var target in new[] { "/articles/alpha", "/feed.xml", "/" })
        {
            var response = await RawHttp.SendAsync(site.Address, "GET", target, header);

            Assert.True(response.Status is >= 200 and < 500, $"{target} with '{header}' answered {response.Status}");
            AssertNoSecrets(response);
        }
    }

    [Fact]
    public async Task Oversized_headers_are_refused_with_431()
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/articles/alpha", "If-None-Match: \"" + new string('x', 40 * 1024) + "\"");

        Assert.Equal(431, response.Status);
    }

    [Theory]
    [InlineData("Host: evil.example")]
    [InlineData("Host: evil.example:8080")]
    [InlineData("X-Forwarded-Host: evil.example")]
    public async Task The_request_host_is_never_echoed_into_a_link(string header)
    {
        foreach (var target in new[] { "/articles/alpha", "/Articles/Alpha/", "/articles/old-beta", "/feed.xml", "/sitemap.xml", "/robots.txt", "/missing" })
        {
            var response = await RawHttp.SendAsync(site.Address, "GET", target, header);

            Assert.DoesNotContain("evil.example", response.Head);
            Assert.DoesNotContain("evil.example", response.Body);
        }
    }

    [Theory]
    [InlineData("Host: a b")]
    [InlineData("Host: [::1")]
    public async Task Malformed_host_headers_are_a_400(string header)
    {
        var response = await RawHttp.SendAsync(site.Address, "GET", "/articles/alpha", header);

        Assert.Equal(400, response.Status);
    }

    private static void AssertNoSecrets(RawHttp.Response response)
    {
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(secret, response.Body);
        }
    }
}
