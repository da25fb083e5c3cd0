namespace ReviewBot.Llm;

/// <summary>Which model service phrases the material; <see cref="None"/> keeps the built-in phrasing only.</summary>
public enum LlmProvider
{
    None,
    /// <summary>Azure OpenAI: endpoint + deployment, API key or Entra ID (DefaultAzureCredential).</summary>
    AzureOpenAI,
    /// <summary>Any OpenAI-compatible chat-completions service: OpenAI itself, vLLM, Ollama, domestic model gateways.</summary>
    OpenAI,
}

/// <summary>The "LLM" settings section. Validated at start-up by <see cref="LlmOptionsValidator"/>.</summary>
public sealed class LlmOptions
{
    public const string SectionName = "LLM";

    public LlmProvider Provider { get; set; } = LlmProvider.None;

    /// <summary>Azure OpenAI resource endpoint, e.g. https://my-unit.openai.azure.com/.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name.</summary>
    public string? Deployment { get; set; }

    /// <summary>Azure OpenAI api-version (e.g. 2024-10-21); empty: the client library's default.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>API key. Azure: empty means Entra ID through DefaultAzureCredential. OpenAI-compatible: may be empty for local servers.</summary>
    public string? ApiKey { get; set; }

    /// <summary>OpenAI-compatible base URL including the version segment, e.g. http://10.0.0.5:8000/v1.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>OpenAI-compatible model name, e.g. qwen2.5-72b-instruct.</summary>
    public string? Model { get; set; }

    /// <summary>Whole-call budget, retries included; after it the built-in phrasing answers.</summary>
    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>How long a chat turn waits for the model before showing the built-in phrasing.</summary>
    public int SoftDeadlineSeconds { get; set; } = 4;

    /// <summary>Retries on 408/429/5xx and network errors (the client library's retry policy, honouring Retry-After).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>Replace names, phone and ID numbers by placeholders before a request leaves; null: on when a provider is set.</summary>
    public bool? Redact { get; set; }

    /// <summary>Extra words always replaced by placeholders (people's names, the unit's name and its abbreviations, place names).</summary>
    public List<string> RedactTerms { get; set; } = [];

    /// <summary>Log prompts and answers (document content). Off by default; never turn on for real material.</summary>
    public bool LogContent { get; set; }

    /// <summary>How many answers the in-memory cache keeps.</summary>
    public int CacheEntries { get; set; } = 500;

    /// <summary>Sampling temperature; low keeps the model close to the user's words.</summary>
    public float Temperature { get; set; } = 0.2f;

    public bool RedactEnabled => Redact ?? Provider != LlmProvider.None;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public TimeSpan SoftDeadline => TimeSpan.FromSeconds(SoftDeadlineSeconds);

    /// <summary>Who answers, for logs and the evaluation report (never the key).</summary>
    public string ModelLabel => Provider switch
    {
        LlmProvider.AzureOpenAI => $"AzureOpenAI/{Deployment}",
        LlmProvider.OpenAI => $"OpenAI/{Model}",
        _ => "None",
    };
}
