namespace GluteHealth.Content.Tests.Support;

internal static class ProblemAssert
{
    /// <summary>The compilation failed with exactly one problem, at this file and line, whose message contains the text.</summary>
    public static ContentProblem Single(ArticleCompilation compilation, string file, int? line, string messagePart)
    {
        Assert.Null(compilation.Article);
        var problem = Assert.Single(compilation.Problems);
        AssertIs(problem, file, line, messagePart);
        return problem;
    }

    /// <summary>Exactly one of the problems is about this file and contains the text, and it is at this line.</summary>
    public static ContentProblem Contains(IEnumerable<ContentProblem> problems, string file, int? line, string messagePart)
    {
        var problem = Assert.Single(problems, p => p.File == file && p.Message.Contains(messagePart, StringComparison.Ordinal));
        Assert.Equal(line, problem.Line);
        return problem;
    }

    private static void AssertIs(ContentProblem problem, string file, int? line, string messagePart)
    {
        Assert.Equal(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }
}
