namespace ReviewBot.Llm.Tests;

/// <summary>What users are told once about the configured model.</summary>
public sealed class DisclosureTests
{
    [Theory]
    [InlineData("http://10.0.0.5:8000/v1", "单位内部部署的模型（10.0.0.5）")]
    [InlineData("http://192.168.1.20/v1", "单位内部部署的模型（192.168.1.20）")]
    [InlineData("http://172.20.0.3:8000/v1", "单位内部部署的模型（172.20.0.3）")]
    [InlineData("http://localhost:11434/v1", "单位内部部署的模型（localhost）")]
    [InlineData("http://qwen-server:8000/v1", "单位内部部署的模型（qwen-server）")]
    [InlineData("https://llm.unit.internal/v1", "单位内部部署的模型（llm.unit.internal）")]
    [InlineData("https://api.openai.com/v1", "外部模型服务（api.openai.com）")]
    [InlineData("https://dashscope.aliyuncs.com/compatible-mode/v1", "外部模型服务（dashscope.aliyuncs.com）")]
    [InlineData("http://172.40.0.3:8000/v1", "外部模型服务（172.40.0.3）")]
    public void An_OpenAI_compatible_server_is_named_internal_only_on_a_private_address_or_intranet_name(string baseUrl, string expected)
    {
        Assert.Equal(expected, LlmDisclosure.Where(new LlmOptions { Provider = LlmProvider.OpenAI, BaseUrl = baseUrl, Model = "m" }));
    }

    [Fact]
    public void Azure_is_named_with_its_resource_host()
    {
        var text = LlmDisclosure.Text(new LlmOptions { Provider = LlmProvider.AzureOpenAI, Endpoint = "https://unit.openai.azure.com/", Deployment = "d" });

        Assert.Contains("Azure OpenAI 服务（unit.openai.azure.com）", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_disclosure_says_what_is_sent_that_names_are_hidden_and_that_classified_material_must_not_be_typed()
    {
        var text = LlmDisclosure.Text(new LlmOptions { Provider = LlmProvider.OpenAI, BaseUrl = "http://10.0.0.5:8000/v1", Model = "m" });

        Assert.Contains("本稿", text, StringComparison.Ordinal);
        Assert.Contains("替换为代号", text, StringComparison.Ordinal);
        Assert.Contains("涉密内容不得输入", text, StringComparison.Ordinal);
        Assert.True(text.Length < 200, text);
    }

    [Fact]
    public void With_redaction_off_the_disclosure_does_not_promise_placeholders()
    {
        var text = LlmDisclosure.Text(new LlmOptions { Provider = LlmProvider.OpenAI, BaseUrl = "http://10.0.0.5:8000/v1", Model = "m", Redact = false });

        Assert.DoesNotContain("替换为代号，", text, StringComparison.Ordinal);
        Assert.Contains("不做代号替换", text, StringComparison.Ordinal);
    }
}
