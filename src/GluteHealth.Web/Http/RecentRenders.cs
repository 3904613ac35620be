namespace GluteHealth.Web.Http;

/// <summary>
/// Remembers, approximately, which pages were rendered lately: one hash per slot of a small table, each new page
/// overwriting the slot it falls in, so a page is forgotten after about <see cref="Slots"/> renders of others.
/// Lock-free: a lost race only forgets or remembers one page more, which admission tolerates.
/// </summary>
internal sealed class RecentRenders
{
    /// <summary>A page rendered again within about this many renders of others counts as asked for again.</summary>
    public const int Slots = 2048;

    private readonly int[] _hashes = new int[Slots];

    /// <summary>Whether <paramref name="key"/> was rendered lately; remembers it when it was not.</summary>
    public bool SeenBefore(string key)
    {
        var hash = StringComparer.Ordinal.GetHashCode(key) | 1; // 0 marks an empty slot
        var slot = (int)(((uint)hash * 0x9E3779B1u) >> (32 - 11)); // 2^11 = Slots
        if (Volatile.Read(ref _hashes[slot]) == hash)
        {
            return true;
        }
        Volatile.Write(ref _hashes[slot], hash);
        return false;
    }
}
