using Microsoft.Extensions.Options;

namespace GluteHealth.Web.RequestLog;

public static class RequestLogExtensions
{
    public static IServiceCollection AddRequestLog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RequestLogOptions>().Bind(configuration.GetSection(RequestLogOptions.SectionName));
        services.AddSingleton<RequestLogQueue>();
        services.AddSingleton<RequestLogWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<RequestLogWriter>());
        return services;
    }

    public static IApplicationBuilder UseRequestLog(this IApplicationBuilder app) =>
        app.ApplicationServices.GetRequiredService<IOptions<RequestLogOptions>>().Value.Enabled
            ? app.UseMiddleware<RequestLogMiddleware>()
            : app;
}
