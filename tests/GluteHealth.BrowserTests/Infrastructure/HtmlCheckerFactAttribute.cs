namespace GluteHealth.BrowserTests.Infrastructure;

/// <summary>A fact that needs Java and the Nu HTML Checker: skipped with an install hint when missing, except in CI, where it fails.</summary>
public sealed class HtmlCheckerFactAttribute : FactAttribute
{
    public HtmlCheckerFactAttribute()
    {
        Skip = HtmlCheckerEnvironment.SkipReason;
    }
}
