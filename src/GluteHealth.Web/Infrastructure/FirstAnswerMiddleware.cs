namespace GluteHealth.Web.Infrastructure;

/// <summary>Tells <see cref="FirstAnswer"/> when the first response has been sent; after that, one check per request.</summary>
public sealed class FirstAnswerMiddleware(RequestDelegate next, FirstAnswer first)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (!first.IsGiven)
        {
            context.Response.OnCompleted(() =>
            {
                first.Sent();
                return Task.CompletedTask;
            });
        }
        return next(context);
    }
}
