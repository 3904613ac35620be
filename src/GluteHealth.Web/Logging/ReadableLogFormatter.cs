using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace GluteHealth.Web.Logging;

/// <summary>
/// The Development console format: one readable line per event that request data cannot forge. Property values in
/// the message are written as JSON strings (<c>:j</c>), so a path carrying a newline shows as <c>\n</c>, and
/// exception text, which may quote a request, is indented so none of its lines can pass for an event's first line.
/// </summary>
public sealed class ReadableLogFormatter : ITextFormatter
{
    private const string ExceptionIndent = "    ";

    private readonly MessageTemplateTextFormatter _line =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext:l}: {Message:j}{NewLine}");

    public void Format(LogEvent logEvent, TextWriter output)
    {
        _line.Format(logEvent, output);
        if (logEvent.Exception is not { } exception)
        {
            return;
        }
        foreach (var line in exception.ToString().ReplaceLineEndings("\n").Split('\n'))
        {
            output.Write(ExceptionIndent);
            output.WriteLine(line);
        }
    }
}
