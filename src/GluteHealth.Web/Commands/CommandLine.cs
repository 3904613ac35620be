namespace GluteHealth.Web.Commands;

/// <summary>
/// The command line split into a command, its operands and the configuration options, which may stand anywhere:
/// <c>--Content:Path=x export out</c> and <c>export out --Content:Path=x</c> mean the same.
/// </summary>
public sealed record CommandLine(string? Command, IReadOnlyList<string> Operands, string[] Options)
{
    public const string Usage = """
        usage: GluteHealth.Web [command] [--Section:Key=value ...]

          (no command)    serve the site
          check           validate the content; prints file:line: message for every problem, exits 1 if any
          export <dir>    write the whole site as static files into <dir>
          help, --help    show this text

        Options (any setting in appsettings.json) may come before or after the command, for example
        --Content:Path=<folder>, --Site:BaseUrl=https://example.org, --urls http://127.0.0.1:8080.
        """;

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var words = new List<string>();
        var options = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith('-') || arg is "--help" or "-h")
            {
                // A word starting with '/' is a path here, never an option: configuration's "/key value" form is not used.
                words.Add(arg);
                continue;
            }
            options.Add(arg);
            // "--key value": the value belongs to the option, not to the command.
            if (!arg.Contains('=') && i + 1 < args.Count)
            {
                options.Add(args[++i]);
            }
        }
        return words is [var command, .. var operands]
            ? new CommandLine(command, operands, [.. options])
            : new CommandLine(null, [], [.. options]);
    }
}
