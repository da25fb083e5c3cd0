using System.Net;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Authentication;

/// <summary>No MicrosoftAppId (Agents Playground, Emulator): unauthenticated, but only loopback serviceUrls are served.</summary>
public sealed class AnonymousModeTests
{
    [Theory]
    [InlineData("http://127.0.0.1:56000/")]
    [InlineData("http://127.8.9.10:56000/amer/")]
    [InlineData("http://localhost:56000/")]
    [InlineData("http://[::1]:56000/")]
    public async Task Activity_with_a_loopback_serviceUrl_is_processed(string serviceUrl)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message(serviceUrl: serviceUrl).Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(serviceUrl, Assert.Single(host.Sender.Sent).ServiceUrl);
    }

    [Theory]
    [InlineData(Activities.TeamsServiceUrl)]
    [InlineData("http://10.0.0.5:3978/")]
    [InlineData("http://169.254.169.254/latest/")]
    [InlineData("http://localhost.example.com/")]
    public async Task Activity_with_a_non_loopback_serviceUrl_is_refused_403(string serviceUrl)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message(serviceUrl: serviceUrl).Json());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("loopback", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Untouched);
    }

    [Fact]
    public async Task Authorization_header_is_ignored_when_authentication_is_disabled()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostAsync(
            new StringContent(Activities.Message().Json(), System.Text.Encoding.UTF8, "application/json"),
            authorization: "Bearer not-a-jwt");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(Assert.Single(host.Bot.Received).CallerId);
    }
}
