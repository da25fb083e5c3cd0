using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>What POST /api/messages answers for well-formed activities (no authentication: loopback caller and serviceUrl).</summary>
public sealed class MessagesEndpointTests
{
    [Fact]
    public async Task Message_is_answered_200_after_its_turn_ran_and_its_reply_was_sent()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message("你好").Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Single(host.Bot.Received);
        var (serviceUrl, reply) = Assert.Single(host.Sender.Sent);
        Assert.Equal(Activities.LoopbackServiceUrl, serviceUrl);
        Assert.Equal("received 2 characters", reply.Text);
        Assert.Equal(1, host.Storage.Writes);
    }

    [Fact]
    public async Task The_interview_bot_answers_a_stray_message_with_the_main_menu()
    {
        await using var host = await BotHost.StartAsync(useSpyBot: false);

        var response = await host.PostActivityAsync(Activities.Message("开始").Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("新建材料", Assert.Single(host.Sender.Sent).Activity.Attachments![0].Content!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_of_50000_characters_reaches_the_app_intact()
    {
        await using var host = await BotHost.StartAsync();
        var text = string.Concat(Enumerable.Repeat("我们对照检查，", 50_000 / 7 + 1))[..50_000];

        var response = await host.PostActivityAsync(Activities.Message(text).Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(text, Assert.Single(host.Bot.Received).Text);
        Assert.Equal("received 50000 characters", Assert.Single(host.Sender.Sent).Activity.Text);
    }

    [Fact]
    public async Task Unknown_activity_type_is_200_and_gets_no_reply()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message().With("type", "fooType").Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("fooType", Assert.Single(host.Bot.Received).Type);
        Assert.Empty(host.Sender.Sent);
    }

    [Fact]
    public async Task Unknown_invoke_is_501()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Invoke("composeExtension/unknown").Json());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(host.Bot.Received);
    }

    [Fact]
    public async Task Known_invoke_is_answered_with_its_status_and_body()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Invoke(SpyBot.KnownInvoke).Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"pong":true}"""), JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task ExpectReplies_returns_the_replies_in_the_body_instead_of_sending_them()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message("好的").With("deliveryMode", "expectReplies").Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var reply = Assert.Single(body.RootElement.GetProperty("activities").EnumerateArray());
        Assert.Equal("received 2 characters", reply.GetProperty("text").GetString());
        Assert.Empty(host.Sender.Sent);
    }

    [Fact]
    public async Task Redelivered_activity_is_acknowledged_without_running_twice()
    {
        await using var host = await BotHost.StartAsync();
        var json = Activities.Message(id: "1700000000001").Json();

        var first = await host.PostActivityAsync(json);
        var second = await host.PostActivityAsync(json);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(host.Bot.Received);
        Assert.Single(host.Sender.Sent);
    }

    [Fact]
    public async Task CallerId_from_the_wire_is_not_trusted()
    {
        await using var host = await BotHost.StartAsync();

        await host.PostActivityAsync(Activities.Message().With("callerId", "urn:botframework:azure").Json());

        Assert.Null(Assert.Single(host.Bot.Received).CallerId);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    public async Task Other_methods_than_POST_are_405(string method)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.Client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/api/messages"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.True(host.Untouched);
    }
}
