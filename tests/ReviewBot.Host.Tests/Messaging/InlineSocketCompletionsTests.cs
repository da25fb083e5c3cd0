using Microsoft.Extensions.Configuration;
using ReviewBot.Host.Messaging;
using ReviewBot.Host.Tests.Support;

namespace ReviewBot.Host.Tests.Messaging;

/// <summary>The setting against a private environment: the process's own is left alone (its sockets are already in use).</summary>
public sealed class InlineSocketCompletionsTests
{
    private readonly Dictionary<string, string?> _environment = new(StringComparer.Ordinal);

    [Fact]
    public void Socket_completions_are_requested_inline_by_default()
    {
        var inline = Apply(TestSettings.From());

        Assert.True(inline);
        Assert.Equal("1", _environment[InlineSocketCompletions.EnvironmentVariable]);
    }

    [Fact]
    public void Repository_settings_file_asks_for_inline_socket_completions()
    {
        var settings = TestSettings.RepositoryFile();

        Assert.Equal("True", settings["MessagingEndpoint:InlineSocketCompletions"], ignoreCase: true);
        Assert.True(Apply(settings));
    }

    [Fact]
    public void Setting_false_leaves_the_environment_unchanged()
    {
        var inline = Apply(TestSettings.From(("MessagingEndpoint:InlineSocketCompletions", "false")));

        Assert.False(inline);
        Assert.Empty(_environment);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData("true", false)] // the runtime switches on for "1" only
    public void Variable_already_in_the_environment_takes_precedence_over_the_setting(string preset, bool expected)
    {
        _environment[InlineSocketCompletions.EnvironmentVariable] = preset;

        var inline = Apply(TestSettings.From(("MessagingEndpoint:InlineSocketCompletions", expected ? "false" : "true")));

        Assert.Equal(expected, inline);
        Assert.Equal(preset, _environment[InlineSocketCompletions.EnvironmentVariable]);
    }

    [Fact]
    public void Setting_that_is_not_a_boolean_fails_with_its_path()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Apply(TestSettings.From(("MessagingEndpoint:InlineSocketCompletions", "sometimes"))));

        Assert.Contains("MessagingEndpoint:InlineSocketCompletions", error.Message);
        Assert.Empty(_environment);
    }

    private bool Apply(IConfiguration settings) =>
        InlineSocketCompletions.Apply(settings, name => _environment.GetValueOrDefault(name), (name, value) => _environment[name] = value);
}
