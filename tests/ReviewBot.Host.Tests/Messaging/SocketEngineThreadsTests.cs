using Microsoft.Extensions.Configuration;
using ReviewBot.Host.Messaging;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>The setting against a private environment and processor count: the process's own sockets are already running.</summary>
public sealed class SocketEngineThreadsTests
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 1)]
    [InlineData(8, 4)]
    public void With_inline_completions_the_default_is_half_the_processors_and_at_least_one(int processors, int expected)
    {
        var threads = Apply(TestSettings.From(), inline: true, processors);

        Assert.Equal(expected, threads);
        Assert.Equal(expected.ToString(), _environment[SocketEngineThreads.EnvironmentVariable]);
    }

    [Fact]
    public void Without_inline_completions_the_default_leaves_the_runtime_its_own_count()
    {
        var threads = Apply(TestSettings.From(), inline: false, processors: 8);

        Assert.Null(threads);
        Assert.Empty(_environment);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_configured_count_is_used_as_given(bool inline)
    {
        var threads = Apply(TestSettings.From(("MessagingEndpoint:SocketEngineThreads", "3")), inline, processors: 2);

        Assert.Equal(3, threads);
        Assert.Equal("3", _environment[SocketEngineThreads.EnvironmentVariable]);
    }

    [Fact]
    public void Variable_already_in_the_environment_takes_precedence_over_the_setting()
    {
        _environment[SocketEngineThreads.EnvironmentVariable] = "2";

        var threads = Apply(TestSettings.From(("MessagingEndpoint:SocketEngineThreads", "5")), inline: true, processors: 8);

        Assert.Equal(2, threads);
        Assert.Equal("2", _environment[SocketEngineThreads.EnvironmentVariable]);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("257")]
    [InlineData("many")]
    public void Setting_out_of_range_or_not_a_number_fails_with_its_path(string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Apply(TestSettings.From(("MessagingEndpoint:SocketEngineThreads", value)), inline: true, processors: 2));

        Assert.Contains("MessagingEndpoint:SocketEngineThreads", error.Message);
        Assert.Empty(_environment);
    }

    [Fact]
    public void Repository_settings_file_leaves_the_count_automatic()
    {
        var settings = TestSettings.RepositoryFile();

        Assert.Equal("0", settings["MessagingEndpoint:SocketEngineThreads"]);
        Assert.Equal(1, Apply(settings, inline: true, processors: 2));
    }

    private int? Apply(IConfiguration settings, bool inline, int processors) =>
        SocketEngineThreads.Apply(settings, inline, processors, name => _environment.GetValueOrDefault(name), (name, value) => _environment[name] = value);
}
