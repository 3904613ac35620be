using GluteHealth.Content;

namespace GluteHealth.Content.Tests;

public sealed class DependencyTests
{
    [Fact]
    public void The_content_library_needs_no_part_of_asp_net_core()
    {
        var references = typeof(ContentStore).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.Contains("Microsoft.Extensions.FileProviders.Physical", references);
        Assert.Contains("Microsoft.Extensions.Logging.Abstractions", references);
    }
}
