using System.Globalization;

namespace GluteHealth.Web.Listings;

/// <summary>Reads the <c>{number}</c> of a <c>…/page/{number}</c> path; only its one canonical spelling counts.</summary>
public static class PageNumber
{
    private const int MaxDigits = 6;

    /// <summary>No segment is page 1; otherwise digits without a leading zero, so <c>02</c> or <c>+2</c> is not page 2.</summary>
    public static bool TryParse(string? segment, out int number)
    {
        number = 1;
        if (segment is null)
        {
            return true;
        }
        return segment.Length is > 0 and <= MaxDigits
            && segment[0] != '0'
            && segment.All(char.IsAsciiDigit)
            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
