namespace GluteHealth.Content;

/// <summary>An H2 or H3 of an article body, with the id readers link to.</summary>
public sealed record ArticleHeading(int Level, string Id, string Text);
