using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewBot.Builder.Turns;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests;

/// <summary>Bad settings stop the service at start-up with a message that names the setting.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppType", "Singletenant-ish", "MicrosoftAppType")]
    [InlineData("MessagingEndpoint:MaxBodyBytes", "10", "MaxBodyBytes")]
    [InlineData("MessagingEndpoint:SocketEngineThreads", "-2", "MessagingEndpoint:SocketEngineThreads")]
    [InlineData("InboundAuthentication:BotFrameworkOpenIdMetadataUrl", "http://login.example.com/metadata", "must use https")]
    [InlineData("InboundAuthentication:EntraOpenIdMetadataUrl", "not a url", "EntraOpenIdMetadataUrl")]
    [InlineData("InboundAuthentication:ClockSkew", "01:00:00", "ClockSkew")]
    [InlineData("InboundAuthentication:MetadataRefreshInterval", "00:01:00", "MetadataRefreshInterval")]
    [InlineData("InboundAuthentication:EntraIssuerTemplates:0", "https://login.microsoftonline.com/common/v2.0", "{tenantid}")]
    [InlineData("MicrosoftAppPassword", "a-password-without-id", "MicrosoftAppId")]
    [InlineData("BotAdapter:LiveStateMegabytes", "-1", "BotAdapter:LiveStateMegabytes")]
    [InlineData("BotAdapter:LiveStateIdleExpiry", "00:00:00", "BotAdapter:LiveStateIdleExpiry")]
    [InlineData("BotAdapter:TypingInterval", "00:00:00", "BotAdapter:TypingInterval")]
    public async Task Invalid_setting_fails_start_up_naming_the_setting(string key, string value, string expected)
    {
        await using var app = BotHost.BuildApp(new Dictionary<string, string?> { [key] = value }, WithTestSender);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Single_tenant_bot_without_a_tenant_id_fails_start_up()
    {
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = TestTokenIssuer.AppId, ["MicrosoftAppType"] = "SingleTenant" };
        await using var app = BotHost.BuildApp(settings, WithTestSender);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync());

        Assert.Contains("MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }

    private static void WithTestSender(WebApplicationBuilder builder) =>
        builder.Services.AddSingleton<IChannelSender>(new RecordingChannelSender());

    [Fact]
    public void Replies_go_through_the_connector_client_by_default()
    {
        var app = BotHost.BuildApp(null);

        Assert.Equal("ConnectorChannelSender", app.Services.GetRequiredService<IChannelSender>().GetType().Name);
    }
}
