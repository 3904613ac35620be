namespace GluteHealth.Content.Tests.Support;

/// <summary>Loads the real content folder once for all <see cref="RealContentTests"/>.</summary>
public sealed class RealContentFixture
{
    public ContentSnapshot Snapshot { get; } = new ContentLoader(new ArticleCompiler()).Load(RepositoryContent.Folder);

    public Article ArticleFrom(string file) =>
        Assert.Single(Snapshot.Articles, a => a.SourceFile == file);
}
