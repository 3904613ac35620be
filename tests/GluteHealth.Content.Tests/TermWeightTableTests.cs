using GluteHealth.Content.Related;

namespace GluteHealth.Content.Tests;

public sealed class TermWeightTableTests
{
    [Fact]
    public void Overlap_sums_the_weights_of_the_shared_terms_only()
    {
        using var table = new TermWeightTable([2, 5, 9], [10, 20, 40]);

        Assert.Equal(60, table.Overlap([1, 5, 9, 1000]));
        Assert.Equal(0, table.Overlap([0, 3, 4]));
        Assert.Equal(0, table.Overlap([]));
    }

    [Fact]
    public void A_table_made_after_another_on_the_same_thread_sees_none_of_its_weights()
    {
        using (var first = new TermWeightTable([1, 7], [100, 200]))
        {
            Assert.Equal(300, first.Overlap([1, 7]));
        }

        using var second = new TermWeightTable([3, 7], [1, 2]);

        Assert.Equal(2, second.Overlap([1, 7]));
        Assert.Equal(3, second.Overlap([1, 3, 7]));
    }

    [Fact]
    public void Tables_in_use_at_once_keep_their_own_weights()
    {
        using var outer = new TermWeightTable([4], [8]);
        using var inner = new TermWeightTable([4], [1]);

        Assert.Equal(8, outer.Overlap([4]));
        Assert.Equal(1, inner.Overlap([4]));
    }
}
