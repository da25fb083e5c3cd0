using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ReviewBot.Interview;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;
using ReviewBot.Llm.Usage;

namespace ReviewBot.Llm.Tests;

public sealed class SettingsTests
{
    private static IHost Host(Dictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddReviewBotLlm(builder.Configuration);
        builder.Services.AddInterviewContent(o => o.DialogsPath = LlmTestKit.DialogsPath);
        return builder.Build();
    }

    [Fact]
    public void Without_a_provider_the_built_in_phraser_answers()
    {
        using var host = Host([]);

        Assert.IsType<BuiltInPhraser>(host.Services.GetRequiredService<IPhraser>());
        Assert.Same(PhraserInfo.BuiltIn, host.Services.GetRequiredService<PhraserInfo>());
        Assert.Same(NoPhrasingUsage.Instance, host.Services.GetRequiredService<IPhrasingUsage>());
        Assert.Same(ReviewBot.Interview.Quality.NoQualityAdvisor.Instance, host.Services.GetRequiredService<ReviewBot.Interview.Quality.IQualityAdvisor>());
        Assert.Equal(LlmUsageTotals.Zero, host.Services.GetRequiredService<ILlmUsage>().Total);
    }

    [Fact]
    public async Task With_a_provider_the_model_phraser_replaces_the_built_in_one_and_starts()
    {
        using var host = Host(new() { ["LLM:Provider"] = "OpenAI", ["LLM:BaseUrl"] = "http://127.0.0.1:9/v1", ["LLM:Model"] = "qwen" });

        await host.StartAsync();

        Assert.IsType<LlmPhraser>(host.Services.GetRequiredService<IPhraser>());
        await host.StopAsync();
    }

    [Fact]
    public async Task Azure_with_neither_endpoint_nor_deployment_stops_start_up_naming_both()
    {
        using var host = Host(new() { ["LLM:Provider"] = "AzureOpenAI" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains("LLM:Endpoint", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.Contains("LLM:Deployment", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("LLM:BaseUrl", "not a url", "LLM:BaseUrl")]
    [InlineData("LLM:TimeoutSeconds", "0", "LLM:TimeoutSeconds")]
    [InlineData("LLM:SoftDeadlineSeconds", "60", "LLM:SoftDeadlineSeconds")]
    [InlineData("LLM:MaxRetries", "-1", "LLM:MaxRetries")]
    public async Task A_bad_setting_stops_start_up_with_its_name(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?> { ["LLM:Provider"] = "OpenAI", ["LLM:BaseUrl"] = "http://127.0.0.1:9/v1", ["LLM:Model"] = "qwen", [key] = value };
        using var host = Host(settings);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(error.Failures, f => f.Contains(named, StringComparison.Ordinal));
    }

    [Fact]
    public void Registered_before_the_interview_the_model_phraser_is_what_the_dialogs_get()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["LLM:Provider"] = "OpenAI", ["LLM:BaseUrl"] = "http://127.0.0.1:9/v1", ["LLM:Model"] = "qwen",
            ["Interview:DialogsPath"] = LlmTestKit.DialogsPath,
        }).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddReviewBotLlm(configuration);
        services.AddReviewBotInterview(configuration);
        using var provider = services.BuildServiceProvider();

        var interview = provider.GetRequiredService<ReviewBot.Interview.Dialogs.InterviewContext>();
        Assert.IsType<LlmPhraser>(interview.Phraser);
        Assert.True(interview.PhraserInfo.UsesModel);
        Assert.Contains("涉密内容不得输入", interview.PhraserInfo.Disclosure, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provider_from_a_settings_source_added_after_registration_is_honoured()
    {
        var configuration = new ConfigurationManager();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Interview:DialogsPath"] = LlmTestKit.DialogsPath });
        var services = new ServiceCollection().AddLogging();
        services.AddReviewBotLlm(configuration);
        services.AddReviewBotInterview(configuration);
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["LLM:Provider"] = "OpenAI", ["LLM:BaseUrl"] = "http://127.0.0.1:9/v1", ["LLM:Model"] = "qwen" });
        using var provider = services.BuildServiceProvider();

        Assert.IsType<LlmPhraser>(provider.GetRequiredService<IPhraser>());
        Assert.IsType<LlmQualityAdvisor>(provider.GetRequiredService<ReviewBot.Interview.Quality.IQualityAdvisor>());
        Assert.IsType<LlmUsageLedger>(provider.GetRequiredService<IPhrasingUsage>());
    }

    [Fact]
    public void An_unsupported_azure_api_version_is_refused_with_the_supported_ones()
    {
        var result = new LlmOptionsValidator().Validate(null, new LlmOptions
        {
            Provider = LlmProvider.AzureOpenAI, Endpoint = "https://x.openai.azure.com/", Deployment = "d", ApiVersion = "2019-01-01",
        });

        Assert.True(result.Failed);
        Assert.Contains("2024-10-21", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Azure_without_a_key_uses_Entra_ID_and_builds_a_client()
    {
        var client = ChatClientFactory.Create(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Endpoint = "https://x.openai.azure.com/", Deployment = "d" });

        Assert.NotNull(client);
    }
}
