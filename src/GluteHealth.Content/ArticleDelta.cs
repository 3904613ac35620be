namespace GluteHealth.Content;

/// <summary>One served article replaced, added (<see cref="Before"/> null) or removed (<see cref="After"/> null) by a reload.</summary>
public sealed record ArticleDelta(Article? Before, Article? After);
