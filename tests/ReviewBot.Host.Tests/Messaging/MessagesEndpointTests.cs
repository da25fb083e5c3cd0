using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>The HTTP contract of POST /api/messages, without authentication (loopback caller and serviceUrl).</summary>
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
    public async Task Placeholder_bot_answers_a_message_with_its_Chinese_notice()
    {
        await using var host = await BotHost.StartAsync(useSpyBot: false);

        var response = await host.PostActivityAsync(Activities.Message("开始").Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WelcomePlaceholderBot.Notice, Assert.Single(host.Sender.Sent).Activity.Text);
    }

    [Fact]
    public async Task Empty_body_is_400_and_nothing_is_stored()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostAsync(new StringContent("", Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "empty");
    }

    [Fact]
    public async Task Non_json_body_is_400()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostAsync(new StringContent("hello bot", Encoding.UTF8, "application/json"));

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "JSON object");
    }

    [Fact]
    public async Task Truncated_json_object_is_400()
    {
        await using var host = await BotHost.StartAsync();
        var json = Activities.Message().Json();

        var response = await host.PostActivityAsync(json[..(json.Length / 2)]);

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "malformed");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{"type":"message"}]""")]
    [InlineData("null")]
    [InlineData("42")]
    [InlineData("\"message\"")]
    public async Task Json_that_is_not_an_object_is_400(string body)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(body);

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "JSON object");
    }

    [Fact]
    public async Task Field_of_the_wrong_JSON_type_is_400_naming_the_field()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message().With("type", 5).Json());

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "$.type");
    }

    [Fact]
    public async Task Deeply_nested_json_is_400()
    {
        await using var host = await BotHost.StartAsync();
        var nested = new StringBuilder();
        for (var i = 0; i < 200; i++)
        {
            nested.Append("""{"a":""");
        }
        nested.Append('1').Append('}', 200);
        var body = Activities.Message().Json()[..^1] + ",\"channelData\":" + nested + "}";

        var response = await host.PostActivityAsync(body);

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "malformed");
    }

    [Fact]
    public async Task Body_of_10_MB_is_413()
    {
        await using var host = await BotHost.StartAsync();
        var activity = Activities.Message(new string('长', 10 * 1024 * 1024 / 3));

        var response = await host.PostActivityAsync(activity.Json());

        await AssertRefusedAsync(host, response, HttpStatusCode.RequestEntityTooLarge, "262144");
    }

    [Fact]
    public async Task Chunked_body_over_the_limit_is_413()
    {
        await using var host = await BotHost.StartAsync(new Dictionary<string, string?> { ["MessagingEndpoint:MaxBodyBytes"] = "4096" });
        var bytes = Encoding.UTF8.GetBytes(Activities.Message(new string('x', 8000)).Json());
        var content = new ChunkedContent(bytes);

        var response = await host.PostAsync(content);

        await AssertRefusedAsync(host, response, HttpStatusCode.RequestEntityTooLarge, "4096");
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
    public async Task Invalid_utf8_is_400()
    {
        await using var host = await BotHost.StartAsync();
        var json = Encoding.UTF8.GetBytes(Activities.Message("TEXT").Json());
        var at = json.AsSpan().IndexOf("TEXT"u8);
        json[at] = 0xC3;
        json[at + 1] = 0x28;
        json[at + 2] = 0xFF;
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };

        var response = await host.PostAsync(content);

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "UTF-8");
    }

    [Theory]
    [InlineData("type")]
    [InlineData("conversation")]
    [InlineData("serviceUrl")]
    [InlineData("channelId")]
    public async Task Activity_without_a_required_field_is_400_naming_it(string field)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message().Without(field).Json());

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Conversation_without_an_id_is_400()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message().Without("conversation", "id").Json());

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "conversation.id");
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://127.0.0.1/files/")]
    [InlineData("/relative/path")]
    public async Task ServiceUrl_that_is_not_an_http_url_is_400(string serviceUrl)
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostActivityAsync(Activities.Message(serviceUrl: serviceUrl).Json());

        await AssertRefusedAsync(host, response, HttpStatusCode.BadRequest, "serviceUrl");
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Body_that_is_not_UTF8_JSON_by_content_type_is_415(string contentType)
    {
        await using var host = await BotHost.StartAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.Message().Json()));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        var response = await host.PostAsync(content);

        await AssertRefusedAsync(host, response, HttpStatusCode.UnsupportedMediaType, "application/json");
    }

    [Fact]
    public async Task Body_without_content_type_is_415()
    {
        await using var host = await BotHost.StartAsync();

        var response = await host.PostAsync(new ByteArrayContent(Encoding.UTF8.GetBytes(Activities.Message().Json())));

        await AssertRefusedAsync(host, response, HttpStatusCode.UnsupportedMediaType, "application/json");
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

    [Fact]
    public async Task Service_keeps_answering_after_bad_requests()
    {
        await using var host = await BotHost.StartAsync();
        await host.PostActivityAsync("[");
        await host.PostActivityAsync("{\"type\":");

        var response = await host.PostActivityAsync(Activities.Message().Json());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task AssertRefusedAsync(BotHost host, HttpResponseMessage response, HttpStatusCode status, string reasonFragment)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(reasonFragment, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(host.Untouched, "a refused request must not reach the app, the store or the connector");
    }

    /// <summary>Content of unknown length, so HttpClient sends it chunked, without Content-Length.</summary>
    private sealed class ChunkedContent : HttpContent
    {
        private readonly byte[] _bytes;

        public ChunkedContent(byte[] bytes)
        {
            _bytes = bytes;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context)
        {
            foreach (var chunk in _bytes.Chunk(1000))
            {
                await stream.WriteAsync(chunk);
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
