using Microsoft.Extensions.Configuration;

namespace ReviewBot.Host.Tests.Support;

/// <summary>Settings for the code that reads them before the host exists (start-up switches).</summary>
internal static class TestSettings
{
    /// <summary>Just the given keys and values.</summary>
    public static IConfiguration From(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();

    /// <summary>The repository's <c>appsettings.json</c> as the build copies it next to the host.</summary>
    public static IConfiguration RepositoryFile() =>
        new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, ReviewBotWebApp.SettingsFile), optional: false).Build();
}
