using GluteHealth.Web.Listings;

namespace GluteHealth.Web.Tests;

public sealed class ListingPartsTests
{
    [Theory]
    [InlineData(1, 1, "1")]
    [InlineData(1, 12, "1 2 3 … 12")]
    [InlineData(4, 12, "1 2 3 4 5 6 … 12")]
    [InlineData(5, 12, "1 … 3 4 5 6 7 … 12")]
    [InlineData(12, 12, "1 … 10 11 12")]
    [InlineData(2, 3, "1 2 3")]
    public void The_pager_shows_the_first_last_and_nearby_pages_with_gaps_between(int number, int pageCount, string expected)
    {
        var page = new ListingPage([], number, pageCount);

        var pager = Pager.For(page, n => "/p/" + n);

        Assert.Equal(expected, string.Join(" ", pager.Links.Select(l => l.Number?.ToString() ?? "…")));
        Assert.Equal(number > 1 ? "/p/" + (number - 1) : null, pager.PreviousPath);
        Assert.Equal(number < pageCount ? "/p/" + (number + 1) : null, pager.NextPath);
        Assert.Equal([number], pager.Links.Where(l => l.IsCurrent).Select(l => l.Number));
    }

    [Theory]
    [InlineData(null, true, 1)]
    [InlineData("7", true, 7)]
    [InlineData("120", true, 120)]
    [InlineData("0", false, 0)]
    [InlineData("07", false, 0)]
    [InlineData("+7", false, 0)]
    [InlineData(" 7", false, 0)]
    [InlineData("٧", false, 0)]
    [InlineData("1234567", false, 0)]
    [InlineData("", false, 0)]
    public void Only_the_canonical_spelling_of_a_page_number_is_read(string? segment, bool valid, int expected)
    {
        Assert.Equal(valid, PageNumber.TryParse(segment, out var number));
        if (valid)
        {
            Assert.Equal(expected, number);
        }
    }

    [Theory]
    [InlineData("Ache", "a")]
    [InlineData("über stretch", "u")]
    [InlineData("Éclair", "e")]
    [InlineData("\"Quoted\" title", "q")]
    [InlineData("3 ways to stretch", "0-9")]
    [InlineData("Ørsted", "0-9")]
    [InlineData("", "0-9")]
    public void A_title_files_under_its_first_letter_with_accents_folded(string title, string key)
    {
        Assert.Equal(key, AlphabetIndex.KeyOf(title));
    }

    [Fact]
    public void A_listing_page_past_the_last_is_none_and_an_empty_list_has_one_empty_page()
    {
        Assert.Null(ListingPage.Of([], 2, 10));
        Assert.Equal((0, 1), (ListingPage.Of([], 1, 10)!.Articles.Count, ListingPage.Of([], 1, 10)!.PageCount));
        Assert.Equal(3, ListingPage.PagesFor(21, 10));
        Assert.Equal(2, ListingPage.PagesFor(20, 10));
    }
}
