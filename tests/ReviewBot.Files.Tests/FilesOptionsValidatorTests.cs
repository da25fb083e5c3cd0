using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ReviewBot.Files.Tests;

public sealed class FilesOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid_for_local_development()
    {
        Assert.Equal(TimeSpan.FromHours(1), Resolve([]).LinkLifetime);
    }

    [Fact]
    public void App_id_without_a_public_base_url_stops_start_up_naming_the_setting()
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { ["MicrosoftAppId"] = "app" }));

        Assert.Contains("Files:PublicBaseUrl", error.Message);
    }

    [Fact]
    public void App_id_requires_an_https_public_base_url()
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
            Resolve(new() { ["MicrosoftAppId"] = "app", ["Files:PublicBaseUrl"] = "http://bot.example.org" }));

        Assert.Contains("https", error.Message);
        Assert.True(Resolve(new() { ["MicrosoftAppId"] = "app", ["Files:PublicBaseUrl"] = "https://bot.example.org/" }).BotHasAppId);
    }

    [Theory]
    [InlineData("Files:PublicBaseUrl", "bot.example.org")]
    [InlineData("Files:PublicBaseUrl", "https://bot.example.org/?x=1")]
    [InlineData("Files:PublicBaseUrl", "ftp://bot.example.org")]
    [InlineData("Files:LinkLifetime", "00:00:10")]
    [InlineData("Files:LinkLifetime", "30.00:00:00")]
    [InlineData("Files:ConsentLifetime", "00:00:00")]
    [InlineData("Files:UploadTimeout", "00:10:00")]
    [InlineData("Files:SweepInterval", "00:00:05")]
    [InlineData("Files:MaxFileBytes", "0")]
    [InlineData("Files:MaxFileBytes", "100000000")]
    public void Bad_values_are_rejected_with_the_key_in_the_message(string key, string value)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Resolve(new() { [key] = value }));

        Assert.Contains(key, error.Message);
    }

    [Fact]
    public void App_id_is_read_from_the_root_setting_not_from_the_files_section()
    {
        Assert.False(Resolve(new() { ["Files:BotHasAppId"] = "true" }).BotHasAppId);
    }

    private static FilesOptions Resolve(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddLogging().AddReviewBotFiles(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<FilesOptions>>().Value;
    }
}
