namespace GluteHealth.Web.Infrastructure;

/// <summary>Opens the <see cref="StartupGate"/> once the first response has been sent; after that, one check per request.</summary>
public sealed class StartupGateMiddleware(RequestDelegate next, StartupGate gate)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!gate.IsOpen)
        {
            context.Response.OnCompleted(() =>
            {
                gate.Open();
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
