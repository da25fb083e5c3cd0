using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ReviewBot.Documents.Tests;

public sealed class DocumentFormatOptionsValidatorTests
{
    [Fact]
    public void Defaults_are_valid()
    {
        Assert.Empty(DocumentFormatOptionsValidator.Errors(new DocumentFormatOptions()));
    }

    [Fact]
    public void Each_bad_setting_is_named_by_its_key()
    {
        var options = new DocumentFormatOptions { CharactersPerLine = 5, FooterDistanceMm = 50, TemplatePath = "/nonexistent/unit.dotx" };
        options.Sizes.BodyPt = 100;
        options.Margins.LeftMm = 120;

        var errors = DocumentFormatOptionsValidator.Errors(options);

        Assert.Contains(errors, e => e.StartsWith("Documents:Sizes:BodyPt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Documents:LineSpacingPt", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Documents:Margins:LeftMm", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Documents:FooterDistanceMm", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Documents:CharactersPerLine", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Documents:TemplatePath", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_that_does_not_load_is_reported()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reviewbot-bad-{Guid.NewGuid():N}.dotx");
        File.WriteAllText(path, "not a zip");
        try
        {
            var errors = DocumentFormatOptionsValidator.Errors(new DocumentFormatOptions { TemplatePath = path });
            Assert.Contains(errors, e => e.Contains("not a readable Word document", StringComparison.Ordinal));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Configuration_section_overrides_defaults_and_the_writers_resolve()
    {
        using var host = Build(new Dictionary<string, string?>
        {
            ["Documents:Fonts:Body:Name"] = "仿宋",
            ["Documents:LineSpacingPt"] = "29",
            ["Documents:Margins:TopMm"] = "35",
        });

        var options = host.Services.GetRequiredService<IOptions<DocumentFormatOptions>>().Value;
        Assert.Equal("仿宋", options.Fonts.Body.Name);
        Assert.Equal("仿宋", options.Fonts.Body.AltName); // untouched default survives the binding
        Assert.Equal(29, options.LineSpacingPt);
        Assert.Equal(35, options.Margins.TopMm);
        Assert.Equal(26, options.Margins.RightMm);
        Assert.NotNull(host.Services.GetRequiredService<DocxWriter>());
        Assert.NotNull(host.Services.GetRequiredService<RectificationTableWriter>());
    }

    [Fact]
    public async Task Host_refuses_to_start_with_invalid_settings()
    {
        using var host = Build(new Dictionary<string, string?> { ["Documents:LineSpacingPt"] = "8" });
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(CancellationToken.None));
        Assert.Contains("Documents:LineSpacingPt", error.Message, StringComparison.Ordinal);
    }

    private static IHost Build(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddReviewBotDocuments();
        return builder.Build();
    }
}
