namespace GluteHealth.Content;

/// <summary>Something wrong with a content file, located by file name and (where known) line.</summary>
public sealed record ContentProblem(string File, int? Line, string Message)
{
    public override string ToString() =>
        Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
