using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GluteHealth.Content.Loading;

/// <summary>Loads a YAML text into YamlDotNet's representation model, turning syntax errors into located problems.</summary>
internal static class YamlDocument
{
    /// <param name="firstLine">The file line on which the YAML text starts, so problems point into the file.</param>
    public static YamlNode? Load(string yaml, string file, int firstLine, List<ContentProblem> problems)
    {
        var parser = new PositionTrackingParser(new Parser(new StringReader(yaml)));
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Trim();
            problems.Add(new ContentProblem(file, FileLine(e.Start, firstLine), $"invalid YAML: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this instead of a YamlException for some broken input, such as an
            // unclosed '[' or '{' followed by more lines. It is still the author's syntax error: report it where
            // parsing last got to, rather than letting it abort the whole content load.
            problems.Add(new ContentProblem(file, FileLine(parser.LastStart, firstLine),
                "invalid YAML: could not be read; check for an unclosed '[', '{' or quote"));
            return null;
        }
    }

    public static int FileLine(Mark mark, int firstLine) => firstLine + (int)Math.Max(mark.Line, 1) - 1;

    public static int FileLine(YamlNode node, int firstLine) => FileLine(node.Start, firstLine);
}
