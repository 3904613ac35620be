using System.Text.RegularExpressions;
using GluteHealth.Content.Markdown;
using Markdig.Syntax.Inlines;

namespace GluteHealth.Content.Images;

/// <summary>
/// Checks every picture an article writes against the content folder's drawings and attaches the drawing to its
/// figure. Returns the paths referred to, found or not, so the loader knows which drawings each article depends on.
/// </summary>
internal static partial class PictureCheck
{
    /// <param name="pictures">The document's image links, in order.</param>
    /// <param name="figures">The document's figures.</param>
    public static IReadOnlyList<string> Run(
        string file, IReadOnlyList<LinkInline> pictures, IReadOnlyList<FigureBlock> figures, ContentImages images, List<ContentProblem> problems)
    {
        if (pictures.Count == 0)
        {
            return [];
        }
        var paths = new List<string>();
        var figureOf = figures.ToDictionary(f => f.Picture);
        foreach (var picture in pictures)
        {
            var line = picture.Line + 1;
            var url = picture.Url ?? "";
            if (Remote().IsMatch(url))
            {
                problems.Add(new ContentProblem(file, line,
                    $"remote image '{url}' is not allowed: pictures are the site's own drawings, saved in the content folder's images/ folder"));
                continue;
            }
            if (!InImagesFolder().IsMatch(url))
            {
                problems.Add(new ContentProblem(file, line,
                    $"image '{url}' is outside the content folder's images/ folder: write it as images/<name>.svg"));
                continue;
            }
            paths.Add(url);

            var figure = figureOf.GetValueOrDefault(picture);
            if (figure is null)
            {
                problems.Add(new ContentProblem(file, line, $"picture '{url}' must be a paragraph of its own, with a blank line before and after it"));
            }
            var description = MarkdownText.Of(picture);
            CheckWords(file, line, url, description, picture.Title, problems);

            if (images.Find(url) is not { } image)
            {
                problems.Add(new ContentProblem(file, line, images.IsBroken(url)
                    ? $"picture '{url}' cannot be used until the problems reported for that file are fixed"
                    : $"picture '{url}' does not exist (pictures live in the content folder's images/ folder)"));
                continue;
            }
            foreach (var label in image.Labels.Where(l => !Says(description, l) && !Says(picture.Title, l)))
            {
                problems.Add(new ContentProblem(file, line,
                    $"picture '{url}' shows the words '{label}', which its alt text and caption do not say (every word in a picture must be on the page too)"));
            }
            if (figure is not null)
            {
                figure.Image = image;
            }
        }
        return paths.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static void CheckWords(string file, int line, string url, string description, string? caption, List<ContentProblem> problems)
    {
        if (description.Length == 0)
        {
            problems.Add(new ContentProblem(file, line, $"picture '{url}' has no alt text: describe in words what it shows, ![description]({url} \"Caption\")"));
        }
        else if (LooksLikeFileName(description, url))
        {
            problems.Add(new ContentProblem(file, line,
                $"the alt text '{description}' of picture '{url}' looks like a file name: describe in words what the picture shows"));
        }
        if (string.IsNullOrWhiteSpace(caption))
        {
            problems.Add(new ContentProblem(file, line,
                $"picture '{url}' has no caption: add a short one as its title, ![{(description.Length > 0 ? description : "description")}]({url} \"Caption\")"));
        }
    }

    private static bool LooksLikeFileName(string text, string url)
    {
        var stem = Path.GetFileNameWithoutExtension(url);
        var spoken = text.Replace('-', ' ').Replace('_', ' ').Trim();
        return FileNameLike().IsMatch(text)
            || GenericWord().IsMatch(text)
            || string.Equals(spoken, stem.Replace('-', ' '), StringComparison.OrdinalIgnoreCase);
    }

    private static bool Says(string? text, string words) =>
        text is not null && text.Contains(words, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^(//|[a-zA-Z][a-zA-Z0-9+.\-]*:)")]
    private static partial Regex Remote();

    [GeneratedRegex(@"^images/[a-z0-9][a-z0-9\-]*\.svg$")]
    private static partial Regex InImagesFolder();

    [GeneratedRegex(@"^\S+\.(svg|png|jpe?g|gif|webp|avif|bmp|tiff?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FileNameLike();

    [GeneratedRegex(@"^((img|image|picture|photo|pic|figure|fig|drawing|diagram|illustration|dsc|screenshot)[\s_\-]*\d*|[\w\-]*\d{3,}[\w\-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex GenericWord();
}
