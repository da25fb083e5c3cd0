using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ReviewBot.Interview.Frameworks;
using ReviewBot.Interview.Phrasing;

namespace ReviewBot.Interview.Tests.Frameworks;

public sealed class DialogsContentTests
{
    [Fact]
    public void Dialogs_folder_is_found_by_walking_up_from_a_bin_folder()
    {
        using var dialogs = TestDialogs.Copy();
        var bin = Directory.CreateDirectory(Path.Combine(dialogs.Root, "src", "App", "bin", "Debug", "net10.0")).FullName;

        var found = DialogsDirectory.Resolve("dialogs", bin);

        Assert.Equal(dialogs.DialogsPath, found);
    }

    [Fact]
    public void A_missing_dialogs_folder_names_the_setting()
    {
        var nowhere = Directory.CreateTempSubdirectory("reviewbot-nowhere-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => DialogsDirectory.Resolve("no-such-dialogs", nowhere));

            Assert.Contains("Interview:DialogsPath", error.Message, StringComparison.Ordinal);
            Assert.Throws<DirectoryNotFoundException>(() => DialogsDirectory.Resolve(Path.Combine(nowhere, "dialogs")));
        }
        finally
        {
            Directory.Delete(nowhere, recursive: true);
        }
    }

    [Fact]
    public void Services_resolve_catalog_templates_list_and_the_built_in_phraser()
    {
        using var provider = new ServiceCollection()
            .AddInterviewContent(o => o.DialogsPath = TestDialogs.DialogsPath)
            .BuildServiceProvider();

        Assert.Equal(4, provider.GetRequiredService<FrameworkCatalog>().Frameworks.Count);
        Assert.IsType<BuiltInPhraser>(provider.GetRequiredService<IPhraser>());
        Assert.NotEmpty(provider.GetRequiredService<GenericPhraseList>().Phrases);
        Assert.Equal(TestDialogs.DialogsPath, provider.GetRequiredService<DialogsFolder>().Path);
    }

    [Fact]
    public void An_empty_dialogs_path_fails_options_validation()
    {
        using var provider = new ServiceCollection().AddInterviewContent(o => o.DialogsPath = " ").BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<InterviewOptions>>().Value);

        Assert.Contains("Interview:DialogsPath", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_rewrite_pattern_in_the_phrasing_file_is_refused_with_its_path()
    {
        using var dialogs = TestDialogs.Copy();
        dialogs.Edit(PhrasingTemplates.FileName, text => text.Replace("\"pattern\": \"没怎么\"", "\"pattern\": \"没(怎么\"", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => PhrasingTemplates.Load(dialogs.DialogsPath));

        Assert.StartsWith("dialogs/phrasing/built-in.json: $.rewrites[0].pattern: 正则表达式无效", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_that_is_not_a_daibu_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        dialogs.Edit(PhrasingTemplates.FileName, text => text.Replace("\"owner\": \"【待补：责任人】\"", "\"owner\": \"张三\"", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => PhrasingTemplates.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.placeholders.owner");
    }

    [Fact]
    public void Generic_phrases_are_found_in_a_text()
    {
        var list = GenericPhraseList.Load(TestDialogs.DialogsPath);

        var found = list.FindIn("班子理论学习不深不透，服务群众意识不强。");

        Assert.Contains(found, p => p.Text == "理论学习不深不透");
        Assert.Contains(found, p => p.Text == "服务意识不强");
        Assert.All(found, p => Assert.EndsWith("？", p.Ask, StringComparison.Ordinal));
    }

    [Fact]
    public void The_custom_template_is_validated_too()
    {
        using var dialogs = TestDialogs.Copy();
        dialogs.Edit(FrameworkCatalog.CustomTemplateFile, text => text.Replace("\"aspectHeading\": \"在“{name}”方面的对照检查情况。\"", "\"aspectHeading\": \"在“{aspect}”方面。\"", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File == "dialogs/custom/custom-framework.json" && e.Path == "$.sectionTitles.aspectHeading");
    }
}
