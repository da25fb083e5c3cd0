using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests;

public sealed class SettingsFileTests
{
    [Fact]
    public async Task Repository_settings_file_is_copied_next_to_the_binaries_and_read_from_there()
    {
        // Tests run in the output directory, which holds the build-time copy of the root appsettings.json.
        await using var app = ReviewBotWebApp.Build([], builder =>
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender()));

        Assert.True(File.Exists(Path.Combine(app.Environment.ContentRootPath, ReviewBotWebApp.SettingsFile)));
        Assert.Equal("urn:botframework:azure", app.Configuration["InboundAuthentication:CallerId"]);
        Assert.Equal("262144", app.Configuration["MessagingEndpoint:MaxBodyBytes"]);
    }

    [Fact]
    public async Task Requests_start_no_hosting_activity_or_log_scope_while_other_logging_stays_on()
    {
        await using var app = ReviewBotWebApp.Build([], builder =>
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender()));
        var loggers = app.Services.GetRequiredService<ILoggerFactory>();

        // ASP.NET Core starts a request Activity and log scope when this category is enabled at Critical.
        Assert.False(loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Critical));
        Assert.True(loggers.CreateLogger("Microsoft.AspNetCore.Server.Kestrel").IsEnabled(LogLevel.Warning));
        Assert.True(loggers.CreateLogger("ReviewBot.Builder.Turns.BotAdapter").IsEnabled(LogLevel.Information));
    }

    [Fact]
    public async Task Requests_are_handled_inline_on_the_reading_thread_by_default()
    {
        await using var app = ReviewBotWebApp.Build([], builder =>
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender()));

        Assert.True(app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }

    [Fact]
    public async Task Inline_scheduling_can_be_switched_off_in_settings()
    {
        await using var app = ReviewBotWebApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MessagingEndpoint:InlineScheduling"] = "false" });
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender());
        });

        Assert.False(app.Services.GetRequiredService<IOptions<SocketTransportOptions>>().Value.UnsafePreferInlineScheduling);
    }

    [Fact]
    public async Task Without_configured_urls_the_bot_listens_on_port_3978_loopback_when_anonymous()
    {
        await using var app = ReviewBotWebApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = "" });
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender());
        });

        Assert.Equal("http://localhost:3978", app.Configuration["urls"]);
    }

    [Fact]
    public async Task Without_configured_urls_a_bot_with_an_app_id_listens_on_all_interfaces()
    {
        await using var app = ReviewBotWebApp.Build([], builder =>
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["MicrosoftAppId"] = TestTokenIssuer.AppId });
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender());
        });

        Assert.Equal("http://0.0.0.0:3978", app.Configuration["urls"]);
    }

    [Fact]
    public async Task Command_line_urls_win_over_the_default()
    {
        await using var app = ReviewBotWebApp.Build(["--urls", "http://127.0.0.1:5055"], builder =>
            builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender()));

        Assert.Equal("http://127.0.0.1:5055", app.Configuration["urls"]);
    }
}
