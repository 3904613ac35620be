namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>
/// What the browser tests need from the machine: a Chromium executable and axe-core from npm.
/// Outside CI a missing piece skips the tests with a message saying how to install it; in CI
/// (CI=true) nothing is skipped and the tests fail with that same message.
/// </summary>
public static class BrowserEnvironment
{
    public const string MissingChromiumMessage =
        "Chromium not found: install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH) to run browser tests";

    public const string MissingAxeMessage =
        "axe-core not found: run 'npm ci' in tests/GluteHealth.BrowserTests to run browser tests";

    private static readonly Lazy<string?> LazyChromium = new(FindChromium);

    private static readonly Lazy<string?> LazyProblem = new(FindProblem);

    /// <summary>The Chromium executable, or null when none is installed.</summary>
    public static string? ChromiumPath => LazyChromium.Value;

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Problem => LazyProblem.Value;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The skip reason for browser tests: null when they can run, and always null in CI (where they must run, and fail).</summary>
    public static string? SkipReason => IsCi ? null : Problem;

    /// <summary>Throws with the actionable message when the machine lacks what the tests need.</summary>
    public static void EnsureAvailable()
    {
        if (Problem is { } problem)
        {
            throw new InvalidOperationException(problem);
        }
    }

    private static string? FindProblem()
    {
        var problems = new List<string>();
        if (ChromiumPath is null)
        {
            problems.Add(MissingChromiumMessage);
        }
        if (!RepositoryPaths.HasRoot || !File.Exists(RepositoryPaths.AxeScript))
        {
            problems.Add(MissingAxeMessage);
        }
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    private static string? FindChromium()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit setting that points nowhere is reported as missing rather than silently replaced.
            return File.Exists(configured) ? configured : null;
        }

        foreach (var candidate in new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        var names = OperatingSystem.IsWindows()
            ? new[] { "chromium.exe", "chrome.exe" }
            : new[] { "chromium", "chromium-browser" };
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in names)
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
    }
}
