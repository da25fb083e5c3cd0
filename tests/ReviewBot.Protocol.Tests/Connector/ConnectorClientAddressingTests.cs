using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

/// <summary>URLs, bodies and answers of each Connector operation against a loopback fake (no app id: local-development mode).</summary>
public sealed class ConnectorClientAddressingTests : IAsyncLifetime
{
    private const string ChannelThread = "19:a1b2c3@thread.tacv2;messageid=1712345678901";
    private const string EscapedChannelThread = "19%3Aa1b2c3%40thread.tacv2%3Bmessageid%3D1712345678901";
    private FakeConnector _fake = null!;
    private ConnectorHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeConnector.StartAsync();
        _harness = ConnectorHarness.Create(ConnectorHarness.FastSettings());
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _fake.DisposeAsync();
    }

    private string ServiceUrl(string prefix = "amer/") => new Uri(_fake.BaseUri, prefix).ToString();

    [Theory]
    [InlineData("amer/")]
    [InlineData("amer")]
    [InlineData("amer//")]
    public async Task Teams_ids_are_escaped_and_the_serviceUrl_path_prefix_is_kept_with_one_slash(string prefix)
    {
        await _harness.Client.ReplyToActivityAsync(ServiceUrl(prefix), ChannelThread, "1:1vc0abc", Message("好的"), CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal($"/amer/v3/conversations/{EscapedChannelThread}/activities/1%3A1vc0abc", request.RawTarget);
    }

    [Fact]
    public async Task A_serviceUrl_without_path_sends_to_v3_at_the_root()
    {
        var serviceUrl = _fake.BaseUri.GetLeftPart(UriPartial.Authority);

        await _harness.Client.SendToConversationAsync(serviceUrl, "a:1Xy9Zp", Message("你好"), CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1Xy9Zp/activities", Assert.Single(_fake.Requests).RawTarget);
    }

    [Fact]
    public async Task Created_201_with_an_id_returns_the_id()
    {
        _fake.Responder = (_, _) => FakeResponse.Json(201, """{"id":"1795834213230"}""");

        var sent = await _harness.Client.SendToConversationAsync(ServiceUrl(), "a:1", Message("第一条"), CancellationToken.None);

        Assert.Equal("1795834213230", sent?.Id);
    }

    [Theory]
    [InlineData(202)]
    [InlineData(200)]
    public async Task Success_with_an_empty_body_is_success_without_an_id(int status)
    {
        _fake.Responder = (_, _) => new FakeResponse(status);

        var sent = await _harness.Client.SendToConversationAsync(ServiceUrl(), "a:1", Message("文件如下"), CancellationToken.None);

        Assert.Null(sent);
        Assert.Single(_fake.Requests);
    }

    [Fact]
    public async Task The_body_is_the_activity_as_json_without_nulls()
    {
        var activity = Message("请回答");
        activity.InputHint = InputHints.ExpectingInput;

        await _harness.Client.SendToConversationAsync(ServiceUrl(), "a:1", activity, CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal("application/json; charset=utf-8", request.Headers["Content-Type"]);
        Assert.Equal(JsonSerializer.Serialize(activity, ProtocolJson.Options), request.Body);
        Assert.DoesNotContain("null", request.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_replies_when_replyToId_is_set_and_sends_to_the_conversation_otherwise()
    {
        var reply = Message("回复");
        reply.ReplyToId = "1712";
        var proactive = Message("提醒");
        var typing = new Activity { Type = ActivityTypes.Typing, ReplyToId = "1712", Conversation = new ConversationAccount { Id = "a:1" } };

        await _harness.Client.SendAsync(ServiceUrl(), reply, CancellationToken.None);
        await _harness.Client.SendAsync(ServiceUrl(), proactive, CancellationToken.None);
        await _harness.Client.SendAsync(ServiceUrl(), typing, CancellationToken.None);

        Assert.Equal(
            ["/amer/v3/conversations/a%3A1/activities/1712", "/amer/v3/conversations/a%3A1/activities", "/amer/v3/conversations/a%3A1/activities"],
            _fake.Requests.Select(r => r.RawTarget));
    }

    [Fact]
    public async Task SendAsync_without_a_conversation_id_is_an_argument_error_and_sends_nothing()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => _harness.Client.SendAsync(ServiceUrl(), new Activity { Type = "message", Text = "x" }, CancellationToken.None));

        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task Typing_posts_a_typing_activity_to_the_conversation()
    {
        _fake.Responder = (_, _) => new FakeResponse(202);

        await _harness.Client.SendTypingAsync(ServiceUrl(), ChannelThread, CancellationToken.None);

        var request = Assert.Single(_fake.Requests);
        Assert.Equal($"/amer/v3/conversations/{EscapedChannelThread}/activities", request.RawTarget);
        Assert.Equal("typing", (string?)JsonNode.Parse(request.Body)!["type"]);
    }

    [Fact]
    public async Task Update_puts_and_delete_deletes_the_escaped_activity()
    {
        var updated = await _harness.Client.UpdateActivityAsync(ServiceUrl(), "a:1", "1:2@x", Message("已更新"), CancellationToken.None);
        await _harness.Client.DeleteActivityAsync(ServiceUrl(), "a:1", "1:2@x", CancellationToken.None);

        Assert.NotNull(updated?.Id);
        Assert.Equal(["PUT /amer/v3/conversations/a%3A1/activities/1%3A2%40x", "DELETE /amer/v3/conversations/a%3A1/activities/1%3A2%40x"],
            _fake.Requests.Select(r => $"{r.Method} {r.RawTarget}"));
        Assert.Equal("已更新", (string?)JsonNode.Parse(_fake.Requests[0].Body)!["text"]);
    }

    [Fact]
    public async Task Create_conversation_posts_the_parameters_and_returns_the_new_ids()
    {
        _fake.Responder = (_, _) => FakeResponse.Json(201, """{"id":"a:new-chat","activityId":"1712"}""");
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:bot" },
            Members = [new ChannelAccount { Id = "29:user" }],
            TenantId = "72f988bf-86f1-41af-91ab-2d7cd011db47",
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "72f988bf-86f1-41af-91ab-2d7cd011db47" } }),
        };

        var created = await _harness.Client.CreateConversationAsync(ServiceUrl(), parameters, CancellationToken.None);

        Assert.Equal("a:new-chat", created?.Id);
        Assert.Equal("1712", created?.ActivityId);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/amer/v3/conversations", request.RawTarget);
        var body = JsonNode.Parse(request.Body)!;
        Assert.Equal("29:user", (string?)body["members"]![0]!["id"]);
        Assert.Equal("72f988bf-86f1-41af-91ab-2d7cd011db47", (string?)body["channelData"]!["tenant"]!["id"]);
        Assert.False(body.AsObject().ContainsKey("topicName"));
    }

    [Fact]
    public async Task A_standard_error_body_becomes_a_typed_exception_with_the_correlation_id()
    {
        _fake.Responder = (_, _) => FakeResponse.Json(403,
            """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}""",
            ("X-Correlating-OperationId", "corr-123"));

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(ServiceUrl(), "a:1", Message("提醒"), CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Equal("User blocked the conversation with the bot.", error.ErrorMessage);
        Assert.Equal("corr-123", error.CorrelationId);
        Assert.Equal("SendToConversation", error.Operation);
    }

    [Fact]
    public async Task The_non_standard_MessageWritesBlocked_body_is_understood()
    {
        _fake.Responder = (_, _) => FakeResponse.Json(403,
            """{"errorCode":209,"message":"{\r\n  \"subCode\": \"MessageWritesBlocked\",\r\n  \"details\": \"Thread is blocked from message writes.\"\r\n}"}""");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.SendToConversationAsync(ServiceUrl(), "a:1", Message("提醒"), CancellationToken.None));

        Assert.Equal("MessageWritesBlocked", error.ErrorCode);
        Assert.Equal("Thread is blocked from message writes.", error.ErrorMessage);
    }

    [Fact]
    public async Task An_html_error_page_gives_the_status_without_a_code()
    {
        _fake.Responder = (_, _) => new FakeResponse(501, "<!DOCTYPE html><html><body>Cannot DELETE</body></html>");

        var error = await Assert.ThrowsAsync<ConnectorException>(() =>
            _harness.Client.DeleteActivityAsync(ServiceUrl(), "a:1", "1712", CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotImplemented, error.StatusCode);
        Assert.Null(error.ErrorCode);
    }

    private static Activity Message(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        Conversation = new ConversationAccount { Id = "a:1" },
    };
}
