using System.Net;
using ReviewBot.Protocol.Connector;
using ReviewBot.Protocol.Schema;
using ReviewBot.Protocol.Tests.Support;

namespace ReviewBot.Protocol.Tests.Connector;

/// <summary>Retries on 412/429/5xx with backoff and Retry-After; other 4xx fail at once. Times are the fake server's.</summary>
public sealed class ConnectorClientRetryTests : IAsyncLifetime
{
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

    private Task<ResourceResponse?> SendAsync() =>
        _harness.Client.SendToConversationAsync(_fake.BaseUri + "amer/", "a:1", new Activity
        {
            Type = ActivityTypes.Message,
            Text = "请补充一条具体事例",
            Conversation = new ConversationAccount { Id = "a:1" },
        }, CancellationToken.None);

    /// <summary>Answers <paramref name="status"/> to the first <paramref name="failures"/> requests, then the default 201.</summary>
    private void FailFirst(int failures, int status, params (string, string)[] headers) =>
        _fake.Responder = (request, previous) => previous < failures
            ? FakeResponse.Json(status, $"{{\"error\":{{\"code\":\"E{status}\",\"message\":\"try later\"}}}}", headers)
            : _fake.Default(request, previous);

    [Fact]
    public async Task A_429_is_retried_after_the_Retry_After_delay()
    {
        FailFirst(1, 429, ("Retry-After", "1"));

        var sent = await SendAsync();

        Assert.NotNull(sent?.Id);
        Assert.Equal(2, _fake.Requests.Count);
        var waited = _fake.Requests[1].ReceivedAt - _fake.Requests[0].ReceivedAt;
        Assert.True(waited >= TimeSpan.FromMilliseconds(950), $"retried after {waited}, before the 1 s Retry-After");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Transient_statuses_are_retried_until_success(int status)
    {
        FailFirst(2, status);

        var sent = await SendAsync();

        Assert.NotNull(sent?.Id);
        Assert.Equal(3, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_retried_post_carries_the_same_body_and_headers()
    {
        FailFirst(1, 503);

        await SendAsync();

        Assert.Equal(2, _fake.Requests.Count);
        Assert.Equal(_fake.Requests[0].Body, _fake.Requests[1].Body);
        Assert.Contains("具体事例", _fake.Requests[1].Body, StringComparison.Ordinal);
        Assert.Equal(_fake.Requests[0].Headers["Content-Type"], _fake.Requests[1].Headers["Content-Type"]);
    }

    [Theory]
    [InlineData(400, "BadArgument")]
    [InlineData(403, "BotNotInConversationRoster")]
    [InlineData(404, "ConversationNotFound")]
    [InlineData(413, "MessageSizeTooBig")]
    public async Task Other_client_errors_are_not_retried(int status, string code)
    {
        _fake.Responder = (_, _) => FakeResponse.Json(status, $"{{\"error\":{{\"code\":\"{code}\",\"message\":\"no\"}}}}");

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Single(_fake.Requests);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
        Assert.Equal(code, error.ErrorCode);
    }

    [Fact]
    public async Task A_persistent_503_gives_up_after_the_configured_retries()
    {
        FailFirst(int.MaxValue, 503);

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1 + new ConnectorRetryOptions().MaxRetries, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_Retry_After_beyond_the_budget_fails_at_once_and_reports_the_wait()
    {
        FailFirst(int.MaxValue, 429, ("Retry-After", "30"));

        var error = await Assert.ThrowsAsync<ConnectorException>(SendAsync);

        Assert.Single(_fake.Requests);
        Assert.Equal(HttpStatusCode.TooManyRequests, error.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), error.RetryAfter);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_in_time_gives_a_timeout_error()
    {
        await using var harness = ConnectorHarness.Create(new Dictionary<string, string?>(ConnectorHarness.FastSettings())
        {
            ["Connector:Retry:TotalTimeout"] = "00:00:00.600",
            ["Connector:Retry:AttemptTimeout"] = "00:00:00.200",
        });
        _fake.Latency = _ => TimeSpan.FromSeconds(5);

        var error = await Assert.ThrowsAsync<ConnectorException>(() => harness.Client.SendToConversationAsync(
            _fake.BaseUri.ToString(), "a:1", new Activity { Type = "message", Text = "x" }, CancellationToken.None));

        Assert.Null(error.StatusCode);
        Assert.Equal("Timeout", error.ErrorCode);
        Assert.InRange(_fake.Requests.Count, 1, 1 + new ConnectorRetryOptions().MaxRetries);
    }

    [Fact]
    public async Task An_unreachable_connector_gives_a_connector_error()
    {
        // A port that was just free: connections to it are refused.
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var error = await Assert.ThrowsAsync<ConnectorException>(() => _harness.Client.SendToConversationAsync(
            $"http://127.0.0.1:{port}/", "a:1", new Activity { Type = "message", Text = "x" }, CancellationToken.None));

        Assert.Equal("Unreachable", error.ErrorCode);
    }
}
