namespace GluteHealth.Content.Tests.Support;

/// <summary>Writes <see cref="SampleArticle"/>s into a <see cref="TempContentFolder"/>.</summary>
internal static class SampleArticleFolder
{
    public static TempContentFolder Write(this TempContentFolder folder, string file, SampleArticle article) =>
        folder.Write(file, article.Text());

    public static void ReplaceAtomically(this TempContentFolder folder, string file, SampleArticle article) =>
        folder.ReplaceAtomically(file, article.Text());
}
