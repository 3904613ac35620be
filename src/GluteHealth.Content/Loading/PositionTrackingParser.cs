using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GluteHealth.Content.Loading;

/// <summary>Remembers where the last successfully parsed YAML event started, to locate errors that carry no position.</summary>
internal sealed class PositionTrackingParser(IParser inner) : IParser
{
    public Mark LastStart { get; private set; } = Mark.Empty;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        var moved = inner.MoveNext();
        if (inner.Current is { } current)
        {
            LastStart = current.Start;
        }
        return moved;
    }
}
