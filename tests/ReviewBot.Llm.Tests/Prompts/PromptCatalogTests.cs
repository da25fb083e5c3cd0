using ReviewBot.Interview.Frameworks;
using ReviewBot.Llm.Prompts;

namespace ReviewBot.Llm.Tests.Prompts;

public sealed class PromptCatalogTests
{
    [Fact]
    public void Every_task_has_a_prompt_with_its_slots()
    {
        var catalog = PromptCatalog.Load(LlmTestKit.DialogsPath);

        Assert.Equal(PromptTasks.All.Order(), catalog.Tasks.Order());
        foreach (var task in PromptTasks.All)
        {
            Assert.Contains("{\"a\":1}", catalog[task].UserMessage("{\"a\":1}"), StringComparison.Ordinal);
            Assert.Contains("漏掉", catalog[task].RetryMessage(["漏掉了"]), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_prompt_without_the_input_slot_is_refused_naming_file_and_field()
    {
        using var dialogs = new TempDialogs(LlmTestKit.DialogsPath);
        dialogs.Edit("prompts/phrase-problem.json", t => t.Replace("{input}", "(输入)", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => PromptCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File.EndsWith("prompts/phrase-problem.json", StringComparison.Ordinal) && e.Path == "$.user");
    }

    [Fact]
    public void A_missing_prompt_file_is_refused()
    {
        using var dialogs = new TempDialogs(LlmTestKit.DialogsPath);
        File.Delete(dialogs.PathOf("prompts/suggest-causes.json"));

        var error = Assert.Throws<FrameworkValidationException>(() => PromptCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File.EndsWith("prompts/suggest-causes.json", StringComparison.Ordinal));
    }

    [Fact]
    public void An_answer_schema_unusable_in_strict_mode_is_refused()
    {
        using var dialogs = new TempDialogs(LlmTestKit.DialogsPath);
        dialogs.Edit("prompts/compose-preamble.json", t => t.Replace("\"required\": [\"preamble\"]", "\"required\": []", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => PromptCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.outputSchema.properties.preamble");
    }

    [Fact]
    public void A_task_name_that_differs_from_the_file_name_is_refused()
    {
        using var dialogs = new TempDialogs(LlmTestKit.DialogsPath);
        dialogs.Edit("prompts/rephrase-problem.json", t => t.Replace("\"task\": \"rephrase-problem\"", "\"task\": \"phrase-problem\"", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => PromptCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.task");
    }
}

/// <summary>A copy of dialogs/ in a temp folder, to break on purpose.</summary>
public sealed class TempDialogs : IDisposable
{
    public TempDialogs(string source)
    {
        Root = Path.Combine(Path.GetTempPath(), "reviewbot-llm-tests-" + Guid.NewGuid().ToString("N"));
        DialogsPath = Path.Combine(Root, "dialogs");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(DialogsPath, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string DialogsPath { get; }

    public string PathOf(string relative) => Path.Combine(DialogsPath, relative);

    public void Edit(string relative, Func<string, string> edit)
    {
        var path = PathOf(relative);
        var before = File.ReadAllText(path);
        var after = edit(before);
        Assert.NotEqual(before, after);
        File.WriteAllText(path, after);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
