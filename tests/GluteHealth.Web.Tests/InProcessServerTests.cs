using System.Text;
using GluteHealth.Web.Export;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace GluteHealth.Web.Tests;

public sealed class InProcessServerTests : IAsyncLifetime
{
    private readonly List<string> _events = [];
    private WebApplication _app = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddSingleton<InProcessServer>();
        builder.Services.AddSingleton<IServer>(services => services.GetRequiredService<InProcessServer>());
        _app = builder.Build();
        _app.MapGet("/page", async context =>
        {
            context.Response.OnStarting(() =>
            {
                _events.Add("starting");
                context.Response.Headers["X-Started"] = "yes";
                return Task.CompletedTask;
            });
            context.Response.OnCompleted(() =>
            {
                _events.Add("completed");
                return Task.CompletedTask;
            });
            _events.Add($"query {context.Request.Query["q"]}");
            await context.Response.WriteAsync("first ");
            _events.Add($"started {context.Response.HasStarted}");
            await context.Response.BodyWriter.WriteAsync("second"u8.ToArray());
        });
        _app.MapGet("/late-header", async context =>
        {
            await context.Response.WriteAsync("body");
            context.Response.Headers["X-Late"] = "no";
        });
        _app.MapGet("/sync", context =>
        {
            context.Response.Body.Write("sync"u8);
            return Task.CompletedTask;
        });
        await _app.StartAsync();
    }

    [Fact]
    public async Task A_get_answers_the_status_and_every_byte_written_through_the_stream_and_the_pipe()
    {
        var response = await Server.GetAsync("/page?q=glute");

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("first second", Encoding.UTF8.GetString(response.Content.Span));
        Assert.Equal("yes", response.Headers["X-Started"]);
        Assert.Equal(["query glute", "starting", "started True", "completed"], _events);
    }

    [Fact]
    public async Task A_path_the_application_does_not_map_answers_404()
    {
        var response = await Server.GetAsync("/nothing-here");

        Assert.Equal(404, response.StatusCode);
        Assert.Equal(0, response.Content.Length);
    }

    [Fact]
    public async Task Headers_cannot_change_once_the_body_has_started_as_with_a_real_server()
    {
        await Assert.ThrowsAnyAsync<InvalidOperationException>(() => Server.GetAsync("/late-header"));
    }

    [Fact]
    public async Task Synchronous_writes_are_refused_as_kestrel_refuses_them()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(() => Server.GetAsync("/sync"));
    }

    private InProcessServer Server => _app.Services.GetRequiredService<InProcessServer>();

    public async Task DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
