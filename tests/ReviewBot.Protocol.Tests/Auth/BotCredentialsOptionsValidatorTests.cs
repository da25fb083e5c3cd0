using ReviewBot.Protocol.Auth;

namespace ReviewBot.Protocol.Tests.Auth;

public sealed class BotCredentialsOptionsValidatorTests
{
    private const string AppId = "0f6a1d3e-2b4c-4d5e-8f90-a1b2c3d4e5f6";
    private const string TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47";
    private readonly BotCredentialsOptionsValidator _validator = new();

    private IReadOnlyList<string> Errors(BotCredentialsOptions options) =>
        _validator.Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void No_app_id_at_all_is_valid_local_development()
    {
        Assert.Empty(Errors(new BotCredentialsOptions()));
        Assert.Empty(Errors(new BotCredentialsOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = TenantId }));
    }

    [Theory]
    [InlineData("SingleTenant", "secret", TenantId)]
    [InlineData("singletenant", "secret", "contoso.onmicrosoft.com")]
    [InlineData("MultiTenant", "secret", null)]
    [InlineData(null, "secret", null)]
    [InlineData("UserAssignedMSI", null, TenantId)]
    public void Complete_settings_are_valid(string? type, string? password, string? tenant)
    {
        Assert.Empty(Errors(new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppType = type, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant }));
    }

    [Theory]
    [InlineData("SingleTenant", "secret", null, "SingleTenant needs MicrosoftAppTenantId")]
    [InlineData("SingleTenant", null, TenantId, "SingleTenant needs MicrosoftAppPassword")]
    [InlineData("MultiTenant", null, null, "MultiTenant needs MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", "secret", TenantId, "UserAssignedMSI takes no MicrosoftAppPassword")]
    [InlineData("UserAssignedMSI", null, null, "UserAssignedMSI needs MicrosoftAppTenantId")]
    [InlineData("Federated", "secret", TenantId, "MicrosoftAppType 'Federated' is not one of")]
    [InlineData("SingleTenant", "secret", "https://login.microsoftonline.com/x", "is neither a GUID nor a domain name")]
    public void Incomplete_settings_name_the_key_to_fix(string type, string? password, string? tenant, string expected)
    {
        var errors = Errors(new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppType = type, MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant });

        Assert.Contains(errors, error => error.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void A_password_without_an_app_id_is_refused_rather_than_silently_running_unauthenticated()
    {
        Assert.Contains(Errors(new BotCredentialsOptions { MicrosoftAppPassword = "secret" }),
            error => error.StartsWith("MicrosoftAppPassword is set but MicrosoftAppId is empty", StringComparison.Ordinal));
    }

    [Fact]
    public void An_app_id_must_be_a_guid_and_the_login_host_an_https_host()
    {
        var errors = Errors(new BotCredentialsOptions
        {
            MicrosoftAppId = "my-bot",
            MicrosoftAppPassword = "secret",
            MicrosoftLoginHost = "http://login.example/tenant",
        });

        Assert.Contains(errors, error => error.StartsWith("MicrosoftAppId 'my-bot' is not a GUID", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("MicrosoftLoginHost", StringComparison.Ordinal));
    }

    [Fact]
    public void The_authority_follows_the_app_type()
    {
        Assert.Equal($"https://login.microsoftonline.com/{TenantId}",
            new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = TenantId }.Authority);
        Assert.Equal("https://login.microsoftonline.com/botframework.com",
            new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppTenantId = TenantId }.Authority);
        Assert.Equal("https://login.microsoftonline.us/botframework.com",
            new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftLoginHost = "https://login.microsoftonline.us/" }.Authority);
    }

    [Fact]
    public void The_secret_never_appears_when_the_settings_are_printed()
    {
        var options = new BotCredentialsOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "Sup3r~Secret" };

        Assert.DoesNotContain("Sup3r~Secret", options.ToString(), StringComparison.Ordinal);
        Assert.Contains(AppId, options.ToString(), StringComparison.Ordinal);
    }
}
