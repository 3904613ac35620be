namespace GluteHealth.Content.Loading;

/// <summary>A file's size and write time: a cheap test of whether it may have changed since it was last hashed.</summary>
internal readonly record struct FileStamp(long Length, long LastWriteTicks)
{
    public static readonly FileStamp None = new(-1, -1);
}
