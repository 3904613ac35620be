using Serilog;
using Serilog.Settings.Configuration;

namespace GluteHealth.Web.Infrastructure;

public static class LoggingExtensions
{
    // The Serilog assemblies the app ships, named up front: without them ReadFrom.Configuration scans every
    // assembly in the dependency context for ones named like Serilog, which cost ~40 ms of every start-up.
    private static readonly ConfigurationReaderOptions SettingsAssemblies = new(
        typeof(ConsoleLoggerConfigurationExtensions).Assembly,
        typeof(LoggerConfigurationAsyncExtensions).Assembly,
        typeof(Serilog.Extensions.Logging.SerilogLoggerProvider).Assembly,
        typeof(ConfigurationLoggerConfigurationExtensions).Assembly);

    /// <summary>Serilog behind Microsoft.Extensions.Logging, writing through an async sink so a slow console never slows a request.</summary>
    public static WebApplicationBuilder AddSiteLogging(this WebApplicationBuilder builder)
    {
        var logger = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration, SettingsAssemblies)
            .Enrich.FromLogContext()
            .WriteTo.Async(sink => sink.Console(
                outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}"))
            .CreateLogger();
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        // The site writes its own line per request (RequestLog). Hosting's request diagnostics, left enabled, would
        // also start an Activity and a logging scope for every request, only to log nothing at these levels.
        builder.Logging.AddFilter<Serilog.Extensions.Logging.SerilogLoggerProvider>("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        return builder;
    }
}
