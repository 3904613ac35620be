using System.Net;
using System.Text;
using GluteHealth.Web.Tests.Infrastructure;

namespace GluteHealth.Web.Tests;

/// <summary>A content file caught mid-write, or worse: reported, never fatal, and the last good version keeps serving.</summary>
public sealed class BrokenContentTests
{
    public static TheoryData<string, string> BrokenFiles => new()
    {
        { "truncated", "no front matter" },
        { "empty", "file is empty" },
        { "binary", "NUL" },
        { "ten-megabytes", "the limit is" },
        { "invalid-utf8", "not valid UTF-8" },
        { "yaml-bomb", "'title' must be a non-empty line of text" },
        { "front-matter-only", "no front matter" },
        { "deeply-nested", "nested too deeply" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_write_is_reported_and_the_last_good_version_keeps_serving(string kind, string expectedMessage)
    {
        using var site = new SiteFactory();
        using var client = site.CreateReader();
        var path = site.Content.File("beta.md");
        var good = await File.ReadAllBytesAsync(path);
        Assert.Contains("Beta opening paragraph", await client.GetStringAsync("/articles/beta"));

        await File.WriteAllBytesAsync(path, Broken(kind, good));
        var snapshot = site.Store.Reload();

        Assert.Contains(snapshot.Problems, p => p.File == "beta.md" && p.Message.Contains(expectedMessage));
        Assert.Contains("Beta opening paragraph", await client.GetStringAsync("/articles/beta"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/articles/alpha")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/search?q=bends")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);

        await File.WriteAllBytesAsync(path, good);
        Assert.DoesNotContain(site.Store.Reload().Problems, p => p.File == "beta.md");
    }

    private static byte[] Broken(string kind, byte[] good) => kind switch
    {
        "truncated" => good[..(good.Length / 5)],
        "empty" => [],
        "binary" => [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x89, 0x50, 0x4E, 0x47],
        "ten-megabytes" => Enumerable.Repeat((byte)'a', 10 * 1024 * 1024).ToArray(),
        "invalid-utf8" => [.. good[..40], 0xC3, 0x28, 0xA0, 0xA1, .. good[40..]],
        "yaml-bomb" => Encoding.UTF8.GetBytes(YamlBomb()),
        "front-matter-only" => Encoding.UTF8.GetBytes("---\n"),
        "deeply-nested" => [.. good, .. Encoding.UTF8.GetBytes("\n" + string.Concat(Enumerable.Repeat("> ", 5000)) + "x\n")],
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    // The "billion laughs" shape: each level refers to the one before nine times.
    private static string YamlBomb()
    {
        var yaml = new StringBuilder("---\ntitle: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 1; level <= 9; level++)
        {
            yaml.Append($"x{level}: &a{level} [");
            yaml.Append(string.Join(",", Enumerable.Repeat($"*a{level - 1}", 9)));
            yaml.Append("]\n");
        }
        return yaml.Append("slug: beta\n---\nBody\n").ToString();
    }
}
