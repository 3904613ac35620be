namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>A fact that needs Chromium and axe-core: skipped with an install hint when they are missing, except in CI, where it fails.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        Skip = BrowserEnvironment.SkipReason;
    }
}

/// <summary>A theory that needs Chromium and axe-core: skipped with an install hint when they are missing, except in CI, where it fails.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        Skip = BrowserEnvironment.SkipReason;
    }
}
