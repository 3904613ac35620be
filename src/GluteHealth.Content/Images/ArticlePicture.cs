namespace GluteHealth.Content.Images;

/// <summary>A drawing as one article shows it: the description (alt text) and caption are the article's words.</summary>
public sealed record ArticlePicture(ContentImage Image, string Description, string Caption);
