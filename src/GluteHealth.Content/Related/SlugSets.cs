using System.Collections.Immutable;

namespace GluteHealth.Content.Related;

/// <summary>Sorted sets of slugs under keys (topics, terms), with empty sets left out.</summary>
internal static class SlugSets
{
    public static void Post<TKey>(ImmutableDictionary<TKey, ImmutableSortedSet<string>>.Builder sets, IEnumerable<TKey> keys, string slug, bool add)
        where TKey : notnull
    {
        foreach (var key in keys)
        {
            var set = sets.GetValueOrDefault(key) ?? ImmutableSortedSet.Create<string>(StringComparer.Ordinal);
            set = add ? set.Add(slug) : set.Remove(slug);
            if (set.IsEmpty)
            {
                sets.Remove(key);
            }
            else
            {
                sets[key] = set;
            }
        }
    }
}
