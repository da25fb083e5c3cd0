using System.Net;
using Microsoft.Extensions.Logging;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests;

public sealed class LoggingTests
{
    [Fact]
    public async Task Logs_never_contain_bearer_tokens_or_message_text()
    {
        const string secretText = "我的个人问题清单第七条";
        var logs = new CapturingLoggerProvider();
        await using var issuer = await TestTokenIssuer.StartAsync();
        await using var host = await BotHost.StartAsync(issuer.BotSettings(), builder =>
        {
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
        });
        var serviceUrl = Activities.TeamsServiceUrl;
        var valid = issuer.ChannelToken(serviceUrl);
        var expired = issuer.ChannelToken(serviceUrl, notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddHours(-1));
        var forged = issuer.ChannelToken(serviceUrl, key: SigningKey.Create("bf-key-1", KeyMaterial.Impostor, "msteams"));

        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Activities.Message(secretText, serviceUrl).Json(), valid)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostActivityAsync(Activities.Message(secretText, serviceUrl).Json(), expired)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.PostActivityAsync(Activities.Message(secretText, serviceUrl).Json(), forged)).StatusCode);
        await host.PostAsync(new StringContent("not json " + secretText, System.Text.Encoding.UTF8, "application/json"), valid);

        Assert.NotEmpty(logs.Lines);
        foreach (var line in logs.Lines)
        {
            Assert.DoesNotContain(secretText, line, StringComparison.Ordinal);
            foreach (var token in new[] { valid, expired, forged })
            {
                Assert.DoesNotContain(token.Split('.')[1], line, StringComparison.Ordinal);
                Assert.DoesNotContain(token.Split('.')[2], line, StringComparison.Ordinal);
            }
        }
    }
}
