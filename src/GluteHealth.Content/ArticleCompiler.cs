using GluteHealth.Content.Images;
using GluteHealth.Content.Loading;
using GluteHealth.Content.Markdown;
using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Extensions.Yaml;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content;

/// <summary>Parses a file once with the site's pipeline, validates it and renders that same parsed document.</summary>
public sealed class ArticleCompiler : IArticleCompiler
{
    private static readonly string[] AllowedLinkSchemes = ["http", "https", "mailto"];

    private readonly MarkdownPipeline _pipeline;

    public ArticleCompiler() : this(ArticleMarkdown.Pipeline)
    {
    }

    public ArticleCompiler(MarkdownPipeline pipeline) => _pipeline = pipeline;

    /// <summary>Compiles a file that may use no pictures (any picture it has is reported as missing).</summary>
    public ArticleCompilation Compile(string file, byte[] bytes) => Compile(file, bytes, ContentImages.Empty);

    public ArticleCompilation Compile(string file, byte[] bytes, ContentImages images)
    {
        var problems = new List<ContentProblem>();
        var text = Utf8Text.Decode(file, bytes, problems);
        if (text is null)
        {
            return new ArticleCompilation(null, problems);
        }

        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, _pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses input past its nesting limit with an ArgumentException and nothing else to go on.
            return TooDeeplyNested(file, text, problems);
        }
        try
        {
            return Compile(file, document, images, problems);
        }
        catch (InsufficientExecutionStackException)
        {
            // Under Markdig's parse limit but too deep to walk or render.
            return TooDeeplyNested(file, text, problems);
        }
    }

    private ArticleCompilation Compile(string file, MarkdownDocument document, ContentImages images, List<ContentProblem> problems)
    {
        if (document.FirstOrDefault() is not YamlFrontMatterBlock frontMatterBlock)
        {
            problems.Add(new ContentProblem(file, 1,
                "no front matter: the file must start with a '---' line, then the YAML fields, then a closing '---' line"));
            return new ArticleCompilation(null, problems);
        }

        // Markdig lines are 0-based and the block starts at the opening '---'; YAML starts on the next line.
        var frontMatter = FrontMatterReader.Read(file, frontMatterBlock.Lines.ToString(), frontMatterBlock.Line + 2, problems);
        var walk = DocumentWalk.Of(document);
        CheckBody(file, document, walk, problems);
        var pictures = PictureCheck.Run(file, walk.Pictures, walk.Figures, images, problems);
        if (frontMatter is null || problems.Count > 0)
        {
            return new ArticleCompilation(null, problems) { ImagePaths = pictures };
        }

        var textBlocks = walk.TextBlocks.ToArray();
        var article = new Article
        {
            Slug = frontMatter.Slug,
            Title = frontMatter.Title,
            Summary = frontMatter.Summary,
            TopicKeys = frontMatter.Topics,
            Published = frontMatter.Published,
            Reviewed = frontMatter.Reviewed,
            Aliases = frontMatter.Aliases,
            HtmlUtf8 = Utf8Html.Render(document, _pipeline),
            Headings = Headings(walk),
            CareCards = walk.CareCards,
            TextBlocks = textBlocks,
            WordCount = CountWords(textBlocks),
            SourceFile = file,
            FieldLines = frontMatter.FieldLines,
            Pictures = walk.Figures
                .Where(f => f.Image is not null)
                .Select(f => new ArticlePicture(f.Image!, MarkdownText.Of(f.Picture), f.Picture.Title ?? ""))
                .ToArray(),
        };
        return new ArticleCompilation(article, problems) { ImagePaths = pictures };
    }

    /// <summary>
    /// Too deeply nested input has no line of its own in Markdig's answer; the line holding the most nesting marks
    /// (brackets, emphasis, quotes) is the likeliest place to look.
    /// </summary>
    private static ArticleCompilation TooDeeplyNested(string file, string text, List<ContentProblem> problems)
    {
        var lines = text.Split('\n');
        var deepest = Enumerable.Range(0, lines.Length).MaxBy(i => lines[i].Count(c => c is '[' or '*' or '_' or '>' or '(' or '<' or '`'));
        problems.Add(new ContentProblem(file, deepest + 1,
            "the Markdown is nested too deeply to read (brackets, emphasis or quotes inside one another hundreds of times); simplify this part"));
        return new ArticleCompilation(null, problems);
    }

    private static void CheckBody(string file, MarkdownDocument document, DocumentWalk walk, List<ContentProblem> problems)
    {
        foreach (var block in walk.MisplacedBlocks)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    problems.Add(new ContentProblem(file, heading.Line + 1, "the body must not contain an H1 (the title is the page's only H1); use '##'"));
                    break;
                case CustomContainer container:
                    problems.Add(new ContentProblem(file, container.Line + 1,
                        $"unknown container ':::{container.Info}' (known: {string.Join(", ", HealthCallout.Names)})"));
                    break;
            }
        }
        // Pictures (image links) are checked by PictureCheck.
        foreach (var link in walk.Links)
        {
            if (HasDisallowedScheme(link.Url))
            {
                problems.Add(new ContentProblem(file, link.Line + 1, $"link '{link.Url}' must be http, https, mailto or a site path"));
            }
        }
        CareSection.Check(file, document, problems);
        // Autolinks (<scheme:...>) are a separate inline type; without this check <javascript:...> renders as a live href.
        foreach (var autolink in walk.Autolinks.Where(a => !a.IsEmail && HasDisallowedScheme(a.Url)))
        {
            problems.Add(new ContentProblem(file, autolink.Line + 1, $"link '{autolink.Url}' must be http, https, mailto or a site path"));
        }
    }

    private static bool HasDisallowedScheme(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return false;
        }
        return !AllowedLinkSchemes.Contains(url[..colon], StringComparer.OrdinalIgnoreCase);
    }

    private static IReadOnlyList<ArticleHeading> Headings(DocumentWalk walk) =>
        walk.SectionHeadings
            .Select(h => new ArticleHeading(h.Heading.Level, h.Heading.TryGetAttributes()?.Id ?? "", h.Text))
            .Where(h => h.Id.Length > 0)
            .ToArray();

    /// <summary>Space-separated runs that hold a letter or digit; counted in place, as this runs for every word of every file.</summary>
    private static int CountWords(string[] blocks)
    {
        var words = 0;
        foreach (var block in blocks)
        {
            var inWord = false;
            foreach (var c in block)
            {
                if (c == ' ')
                {
                    inWord = false;
                }
                else if (!inWord && char.IsLetterOrDigit(c))
                {
                    inWord = true;
                    words++;
                }
            }
        }
        return words;
    }
}
