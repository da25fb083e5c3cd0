using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>Bad input to the messaging endpoint gets a 4xx with a short reason, reaches nothing and crashes nothing.</summary>
public sealed class MalformedRequestTests
{
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
    public async Task Broken_chunked_framing_is_a_client_error_not_a_crash()
    {
        await using var host = await BotHost.StartAsync();
        using var socket = new System.Net.Sockets.TcpClient();
        await socket.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = socket.GetStream();
        var request = "POST /api/messages HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));

        var answer = await new StreamReader(stream, Encoding.ASCII).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400", answer, StringComparison.Ordinal);
        Assert.Contains("the request body could not be read", answer, StringComparison.Ordinal);
        Assert.True(host.Untouched);
        Assert.Equal(HttpStatusCode.OK, (await host.PostActivityAsync(Activities.Message().Json())).StatusCode);
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
