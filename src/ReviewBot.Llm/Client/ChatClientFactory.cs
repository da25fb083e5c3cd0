using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace ReviewBot.Llm;

/// <summary>
/// Builds the <see cref="IChatClient"/> for the configured provider. Retries on 408/429/5xx and network errors are the
/// client library's own (<see cref="ClientRetryPolicy"/>: exponential back-off that honours Retry-After / retry-after-ms);
/// the whole-call budget is enforced by the caller's cancellation token (see <see cref="LlmOptions.TimeoutSeconds"/>).
/// </summary>
public static class ChatClientFactory
{
    public static IReadOnlyList<string> AzureVersions { get; } =
        Enum.GetNames<AzureOpenAIClientOptions.ServiceVersion>().Select(n => n.TrimStart('V').Replace('_', '-')).ToList();

    public static IChatClient Create(LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            LlmProvider.AzureOpenAI => CreateAzure(options),
            LlmProvider.OpenAI => CreateOpenAI(options),
            _ => throw new InvalidOperationException("LLM:Provider 为 None，没有可用的模型 / no model is configured."),
        };
    }

    public static bool TryParseAzureVersion(string text, out AzureOpenAIClientOptions.ServiceVersion version) =>
        Enum.TryParse("V" + text.Trim().Replace('-', '_'), ignoreCase: false, out version) && Enum.IsDefined(version);

    private static IChatClient CreateAzure(LlmOptions options)
    {
        var clientOptions = string.IsNullOrWhiteSpace(options.ApiVersion)
            ? new AzureOpenAIClientOptions()
            : new AzureOpenAIClientOptions(TryParseAzureVersion(options.ApiVersion, out var v) ? v : throw new InvalidOperationException("LLM:ApiVersion"));
        Configure(clientOptions, options);
        var endpoint = new Uri(options.Endpoint!);
        var client = string.IsNullOrWhiteSpace(options.ApiKey)
            ? new AzureOpenAIClient(endpoint, new DefaultAzureCredential(), clientOptions)
            : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.ApiKey), clientOptions);
        return client.GetChatClient(options.Deployment!).AsIChatClient();
    }

    private static IChatClient CreateOpenAI(LlmOptions options)
    {
        var clientOptions = new OpenAIClientOptions { Endpoint = new Uri(options.BaseUrl!) };
        Configure(clientOptions, options);
        // Local servers (vLLM, Ollama) often need no key, but the library insists on one; any text will do there.
        var key = string.IsNullOrWhiteSpace(options.ApiKey) ? "no-key" : options.ApiKey;
        return new OpenAIClient(new ApiKeyCredential(key), clientOptions).GetChatClient(options.Model!).AsIChatClient();
    }

    private static void Configure(ClientPipelineOptions clientOptions, LlmOptions options)
    {
        clientOptions.RetryPolicy = new ClientRetryPolicy(options.MaxRetries);
        clientOptions.NetworkTimeout = options.Timeout;
    }
}
