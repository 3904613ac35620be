namespace GluteHealth.Content.Images;

/// <summary>What a snapshot remembers of one image file: its hash, and the drawing or the problems it gave.</summary>
internal sealed record ImageFile(string Hash, ContentImage? Image, IReadOnlyList<ContentProblem> Problems);
