using System.Globalization;
using System.Text;
using GluteHealth.Content;

namespace GluteHealth.Web.Listings;

/// <summary>
/// Every article under the first letter of its title, A to Z, as a health service's A to Z lists its conditions.
/// Accents are folded (Über under U); titles starting with a digit or any other character go under 0–9.
/// </summary>
public sealed class AlphabetIndex
{
    public const string OtherKey = "0-9";

    private readonly Dictionary<string, LetterGroup> _byKey;

    public AlphabetIndex(IReadOnlyList<Article> articlesByTitle)
    {
        var buckets = articlesByTitle.GroupBy(a => KeyOf(a.Title)).ToDictionary(g => g.Key, g => (IReadOnlyList<Article>)g.ToArray());
        Letters =
        [
            .. Enumerable.Range('a', 26).Select(c => ((char)c).ToString())
                .Select(key => new LetterGroup(key, key.ToUpperInvariant(), buckets.GetValueOrDefault(key) ?? [])),
            new LetterGroup(OtherKey, "0–9", buckets.GetValueOrDefault(OtherKey) ?? []),
        ];
        _byKey = Letters.ToDictionary(l => l.Key, StringComparer.Ordinal);
    }

    /// <summary>All 27 groups in order, empty ones included (the index shows them, not as links).</summary>
    public IReadOnlyList<LetterGroup> Letters { get; }

    public LetterGroup? Find(string key) => _byKey.GetValueOrDefault(key);

    public static string KeyOf(string title)
    {
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || !char.IsLetterOrDigit(c))
            {
                continue;
            }
            var lower = char.ToLowerInvariant(c);
            return char.IsAsciiLetterLower(lower) ? lower.ToString() : OtherKey;
        }
        return OtherKey;
    }
}
