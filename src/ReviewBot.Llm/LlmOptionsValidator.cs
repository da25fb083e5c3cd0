using Microsoft.Extensions.Options;

namespace ReviewBot.Llm;

/// <summary>Start-up checks for <see cref="LlmOptions"/>: each message names the setting and what to put there.</summary>
public sealed class LlmOptionsValidator : IValidateOptions<LlmOptions>
{
    public ValidateOptionsResult Validate(string? name, LlmOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();
        if (!Enum.IsDefined(options.Provider))
        {
            errors.Add("LLM:Provider 只能是 None、AzureOpenAI 或 OpenAI / must be None, AzureOpenAI or OpenAI.");
        }
        if (options.Provider == LlmProvider.AzureOpenAI)
        {
            if (!IsHttpUrl(options.Endpoint))
            {
                errors.Add("LLM:Endpoint 必须是 Azure OpenAI 资源地址，如 https://xxx.openai.azure.com/ / must be the Azure OpenAI endpoint URL.");
            }
            if (string.IsNullOrWhiteSpace(options.Deployment))
            {
                errors.Add("LLM:Deployment 不能为空（Azure OpenAI 部署名）/ the Azure OpenAI deployment name is required.");
            }
            if (!string.IsNullOrWhiteSpace(options.ApiVersion) && !ChatClientFactory.TryParseAzureVersion(options.ApiVersion, out _))
            {
                errors.Add($"LLM:ApiVersion“{options.ApiVersion}”不受支持，可选：{string.Join("、", ChatClientFactory.AzureVersions)} / unsupported api-version.");
            }
        }
        if (options.Provider == LlmProvider.OpenAI)
        {
            if (!IsHttpUrl(options.BaseUrl))
            {
                errors.Add("LLM:BaseUrl 必须是 OpenAI 兼容接口地址，如 https://api.openai.com/v1 或 http://10.0.0.5:8000/v1 / must be an http(s) URL.");
            }
            if (string.IsNullOrWhiteSpace(options.Model))
            {
                errors.Add("LLM:Model 不能为空（模型名）/ the model name is required.");
            }
        }
        if (options.TimeoutSeconds is < 1 or > 300)
        {
            errors.Add("LLM:TimeoutSeconds 应在 1 到 300 之间 / must be between 1 and 300.");
        }
        if (options.SoftDeadlineSeconds < 0 || options.SoftDeadlineSeconds > options.TimeoutSeconds)
        {
            errors.Add("LLM:SoftDeadlineSeconds 应在 0 到 TimeoutSeconds 之间 / must be between 0 and TimeoutSeconds.");
        }
        if (options.MaxRetries is < 0 or > 10)
        {
            errors.Add("LLM:MaxRetries 应在 0 到 10 之间 / must be between 0 and 10.");
        }
        if (options.CacheEntries is < 0 or > 100_000)
        {
            errors.Add("LLM:CacheEntries 应在 0 到 100000 之间 / must be between 0 and 100000.");
        }
        if (options.Temperature is < 0 or > 2)
        {
            errors.Add("LLM:Temperature 应在 0 到 2 之间 / must be between 0 and 2.");
        }
        if (options.RedactTerms.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add("LLM:RedactTerms 中有空项 / contains an empty entry.");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
