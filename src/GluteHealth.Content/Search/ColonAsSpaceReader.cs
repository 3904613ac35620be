namespace GluteHealth.Content.Search;

/// <summary>
/// Reads text with every colon turned into a space, so Unicode word rules never keep "a:b" as one word.
/// </summary>
/// <remarks>
/// Not a Lucene <c>MappingCharFilter</c>: that one reads through a buffered filter which takes a lock on every call,
/// and it was most of the analysis cost of a page's related list and of the search index build. One character for
/// one means offsets need no correction, so a plain reader does.
/// </remarks>
internal sealed class ColonAsSpaceReader(TextReader inner) : TextReader
{
    public override int Peek() => AsSpace(inner.Peek());

    public override int Read() => AsSpace(inner.Read());

    public override int Read(char[] buffer, int index, int count)
    {
        var read = inner.Read(buffer, index, count);
        buffer.AsSpan(index, Math.Max(read, 0)).Replace(':', ' ');
        return read;
    }

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        buffer[..Math.Max(read, 0)].Replace(':', ' ');
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private static int AsSpace(int character) => character == ':' ? ' ' : character;
}
