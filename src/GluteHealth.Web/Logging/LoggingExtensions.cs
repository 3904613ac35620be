using GluteHealth.Web.Infrastructure;
using Microsoft.Extensions.Options;
using Serilog;
using Serilog.Events;
using Serilog.Settings.Configuration;

namespace GluteHealth.Web.Logging;

public static class LoggingExtensions
{
    // The Serilog assemblies the configuration may name, listed up front: without them ReadFrom.Configuration scans
    // every assembly in the dependency context for ones named like Serilog, which cost ~40 ms of every start-up.
    private static readonly ConfigurationReaderOptions SettingsAssemblies = new(
        typeof(Serilog.Formatting.Compact.CompactJsonFormatter).Assembly,
        typeof(StandardOutputLoggerConfigurationExtensions).Assembly);

    /// <summary>
    /// Serilog owns the logger factory; levels, sinks and format come from the <c>Serilog</c> section of
    /// appsettings (compact JSON to stdout, written in batches off the request path; a readable line in Development).
    /// </summary>
    public static IServiceCollection AddSiteLogging(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLogOptions>().Bind(configuration.GetSection(RequestLogOptions.SectionName));
        // The static Log.Logger is left alone: every host (and every test host) writes through its own logger.
        services.AddSerilog(
            (provider, logger) => logger
                // Hosting's per-request diagnostics, left on at any level, start an Activity and a logging scope for
                // every request (it asks whether Critical is enabled); the site's request event replaces them. Before
                // the configuration, so a Serilog:MinimumLevel:Override entry can still turn them on. Off has no
                // name in the configuration syntax, hence code.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", LevelAlias.Off)
                .ReadFrom.Configuration(provider.GetRequiredService<IConfiguration>(), SettingsAssemblies)
                .Enrich.FromLogContext(),
            preserveStaticLogger: true);
        return services;
    }

    /// <summary>
    /// One event per request: method, path, status and elapsed time. Never the query string, so search terms stay
    /// private (the path is the decoded path alone). HEAD is logged as HEAD although the pipeline answers it as a GET.
    /// </summary>
    public static IApplicationBuilder UseSiteRequestLogging(this IApplicationBuilder app)
    {
        if (!app.ApplicationServices.GetRequiredService<IOptions<RequestLogOptions>>().Value.Enabled)
        {
            return app;
        }
        return app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.ApplicationServices.GetRequiredService<Serilog.ILogger>();
            options.IncludeQueryInRequestPath = false;
            // Serilog's default template formats Elapsed as {Elapsed:0.0000}, which makes the compact JSON line carry a
            // rendering ("@r") of it too; rounding the value instead gives nearly the same text in a shorter line,
            // cheaper to write on every request (docs/performance.md).
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed} ms";
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(ReadOnlyMethodsMiddleware.ReceivedMethod(context))),
                new LogEventProperty("RequestPath", new ScalarValue(path)),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(Math.Round(elapsed, 4))),
            ];
        });
    }
}
