using System.Text.Json.Nodes;
using ReviewBot.Drafts.Model;
using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    private const string File2023 = "frameworks/2023-zhuti-jiaoyu-minzhu-shenghuohui.json";

    [Theory]
    [InlineData("2023-zhuti-jiaoyu-minzhu-shenghuohui", 6)]
    [InlineData("2024-niandu-minzhu-shenghuohui", 4)]
    [InlineData("2025-niandu-minzhu-shenghuohui", 5)]
    [InlineData("zuzhi-shenghuohui-dangyuan", 6)]
    public void Every_shipped_framework_loads_with_its_aspects(string id, int aspectCount)
    {
        var framework = TestDialogs.Catalog.Get(id);

        Assert.Equal(aspectCount, framework.Aspects.Count);
        Assert.All(framework.Aspects, a =>
        {
            Assert.InRange(a.Questions.Count, 2, 4);
            Assert.InRange(a.PhraseBank.Count, 6, 10);
            Assert.NotEmpty(a.Hints);
        });
        Assert.NotEmpty(framework.CauseDimensions);
        Assert.NotEmpty(framework.MeasureDimensions);
    }

    [Fact]
    public void The_2023_framework_has_the_six_aspects_in_order()
    {
        var names = TestDialogs.Catalog.Get("2023-zhuti-jiaoyu-minzhu-shenghuohui").Aspects.Select(a => a.Name);

        Assert.Equal(["理论学习", "政治素质", "能力本领", "担当作为", "工作作风", "廉洁自律"], names);
    }

    [Fact]
    public void The_2024_and_2025_frameworks_are_daitou_frameworks()
    {
        var f2024 = TestDialogs.Catalog.Get("2024-niandu-minzhu-shenghuohui");
        var f2025 = TestDialogs.Catalog.Get("2025-niandu-minzhu-shenghuohui");

        Assert.All(f2024.Aspects.Concat(f2025.Aspects), a => Assert.StartsWith("带头", a.Name, StringComparison.Ordinal));
        Assert.Equal("在{name}方面。", f2024.SectionTitles.AspectHeading);
        Assert.Equal("带头坚决扛起管党治党责任", f2025.Aspects[^1].Name);
    }

    [Fact]
    public void Catalog_lists_frameworks_newest_first_and_by_kind()
    {
        var catalog = TestDialogs.Catalog;

        Assert.Equal("2025-niandu-minzhu-shenghuohui", catalog.Frameworks[0].Id);
        Assert.Equal(["zuzhi-shenghuohui-dangyuan"], catalog.ForKind(SubjectKind.Member).Select(f => f.Id));
        Assert.Equal(3, catalog.ForKind(SubjectKind.Team).Count);
        Assert.False(catalog.TryGet("nope", out _));
    }

    [Fact]
    public void Setup_copies_meeting_title_titles_and_numbering_from_the_framework()
    {
        var framework = TestDialogs.Catalog.Get("zuzhi-shenghuohui-dangyuan");

        var setup = framework.CreateSetup(SubjectKind.Member, "机关第一党支部", 2024, new PersonInfo("张三", null, null));

        Assert.Equal("2024年度组织生活会", setup.MeetingTitle);
        Assert.Equal("存在的问题", setup.Titles.Problems);
        Assert.Equal("{name}同志在{unit}{meetingTitle}上的个人对照检查材料", setup.Titles.DocumentTitle);
        Assert.Equal("在“{name}”方面。", setup.Titles.AspectHeading);
        Assert.Throws<ArgumentException>(() => framework.CreateSetup(SubjectKind.Team, "某局", 2024));
        Assert.Equal(6, framework.CreateAspectSections().Count);
    }

    [Fact]
    public void Adding_a_framework_file_needs_no_code()
    {
        using var dialogs = TestDialogs.Copy();
        var text = File.ReadAllText(dialogs.PathOf("frameworks/2025-niandu-minzhu-shenghuohui.json"))
            .Replace("2025-niandu-minzhu-shenghuohui", "2026-niandu-minzhu-shenghuohui", StringComparison.Ordinal)
            .Replace("\"year\": 2025", "\"year\": 2026", StringComparison.Ordinal);
        File.WriteAllText(dialogs.PathOf("frameworks/2026-niandu-minzhu-shenghuohui.json"), text);

        var catalog = FrameworkCatalog.Load(dialogs.DialogsPath);

        Assert.Equal("2026-niandu-minzhu-shenghuohui", catalog.Frameworks[0].Id);
        Assert.Equal(5, catalog.Frameworks.Count);
    }

    [Fact]
    public void Missing_aspect_name_is_refused_naming_file_and_path()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![2]!.AsObject().Remove("name"));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains("dialogs/frameworks/2023-zhuti-jiaoyu-minzhu-shenghuohui.json: $.aspects[2].name: 必填字段缺失 / required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_aspect_id_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![3]!["id"] = "lilun-xuexi");

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File == "dialogs/" + File2023 && e.Path == "$.aspects[3].id" && e.Problem.Contains("方面 id 重复", StringComparison.Ordinal));
    }

    [Fact]
    public void Wrong_type_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![0]!["questions"] = "理论学习怎么样？");

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File == "dialogs/" + File2023 && e.Path == "$.aspects[0].questions" && e.Problem.StartsWith("类型不对", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_slot_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["preamble"]!["talks"] = "开展谈心谈话{talkNumber}人次。");

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.preamble.talks" && e.Problem.Contains("未知占位符 {talkNumber}", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_property_typo_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![1]!["hint"] = new JsonArray("多举例"));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.aspects[1].hint" && e.Problem.StartsWith("未知字段", StringComparison.Ordinal));
    }

    [Fact]
    public void Headline_with_figures_is_refused_by_the_schema()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![0]!["phraseBank"]![0]!["text"] = "全年只学了4次");

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.aspects[0].phraseBank[0].text" && e.Problem.StartsWith("格式不符合要求", StringComparison.Ordinal));
    }

    [Fact]
    public void Id_that_differs_from_the_file_name_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["id"] = "2023-other");

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.id" && e.Problem.Contains("文件名", StringComparison.Ordinal));
    }

    [Fact]
    public void Reference_to_a_missing_aspect_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["measureDimensions"]![0]!["aspectIds"] = new JsonArray("no-such-aspect"));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.Path == "$.measureDimensions[0].aspectIds[0]");
        // lilun-xuexi is now answered by no measure dimension.
        Assert.Contains(error.Errors, e => e.Path == "$.aspects[0].id" && e.Problem.Contains("措施维度", StringComparison.Ordinal));
    }

    [Fact]
    public void Broken_json_is_refused_with_its_line()
    {
        using var dialogs = TestDialogs.Copy();
        dialogs.Edit(File2023, text => text.Replace("\"title\": \"2023", "\"title\" \"2023", StringComparison.Ordinal));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.StartsWith("dialogs/" + File2023 + ": ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Contains("JSON 格式错误（第4行", StringComparison.Ordinal), error.Message);
    }

    [Fact]
    public void Every_problem_in_every_file_is_listed_at_once()
    {
        using var dialogs = TestDialogs.Copy();
        EditJson(dialogs, File2023, root => root["aspects"]![0]!.AsObject().Remove("covers"));
        EditJson(dialogs, "frameworks/2024-niandu-minzhu-shenghuohui.json", root => root["kinds"] = new JsonArray("team", "leader"));

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains(error.Errors, e => e.File.EndsWith("2023-zhuti-jiaoyu-minzhu-shenghuohui.json", StringComparison.Ordinal) && e.Path == "$.aspects[0].covers");
        Assert.Contains(error.Errors, e => e.File.EndsWith("2024-niandu-minzhu-shenghuohui.json", StringComparison.Ordinal) && e.Path == "$.kinds[1]");
    }

    [Fact]
    public void An_empty_frameworks_folder_is_refused()
    {
        using var dialogs = TestDialogs.Copy();
        foreach (var file in Directory.GetFiles(dialogs.PathOf("frameworks")))
        {
            File.Delete(file);
        }

        var error = Assert.Throws<FrameworkValidationException>(() => FrameworkCatalog.Load(dialogs.DialogsPath));

        Assert.Contains("没有找到任何框架文件", error.Message, StringComparison.Ordinal);
    }

    private static void EditJson(TempDialogs dialogs, string relative, Action<JsonNode> edit) =>
        dialogs.Edit(relative, text =>
        {
            var root = JsonNode.Parse(text)!;
            edit(root);
            return root.ToJsonString(new System.Text.Json.JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        });
}
