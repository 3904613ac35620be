using GluteHealth.Content.Related;

namespace GluteHealth.Content.Tests;

public sealed class TermWeightTableTests
{
    [Fact]
    public void Overlap_sums_the_weights_of_the_shared_terms_only()
    {
        var table = new TermWeightTable([2, 5, 9], [10, 20, 40]);

        Assert.Equal(60, table.Overlap([1, 5, 9, 1000]));
        Assert.Equal(0, table.Overlap([0, 3, 4]));
        Assert.Equal(0, table.Overlap([]));
    }

    [Fact]
    public void Terms_that_fall_in_the_same_slot_keep_their_own_weights()
    {
        // Far more terms than one probe can tell apart: some share a first slot.
        var terms = Enumerable.Range(0, 256).Select(i => i * 1024).ToArray();
        var weights = terms.Select(t => (long)t + 1).ToArray();
        var table = new TermWeightTable(terms, weights);

        Assert.All(terms, t => Assert.Equal(t + 1, table.Overlap([t])));
        Assert.Equal(weights.Sum(), table.Overlap(terms));
        Assert.Equal(0, table.Overlap([.. terms.Select(t => t + 1)]));
    }
}
