using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Prompts;

namespace ReviewBot.Interview.Dialogs;

/// <summary>
/// The choice offered under a numbered list of suggestions (原因分析, 整改措施) — 全部采用 / 挑选 / 自己写 / 跳过 /
/// 上一步 — and what each answer adopts. The step state keeps the mode (<see cref="AllMode"/>, <see cref="PickMode"/>,
/// <see cref="WriteMode"/>) between the question and the save.
/// </summary>
public static class SuggestionMenu
{
    public const string AdoptAll = "全部采用";
    public const string Pick = "挑选";
    public const string WriteOwn = "自己写";
    public const string Skip = "跳过";
    public const string Back = "上一步";

    public const string AllMode = "all";
    public const string PickMode = "pick";
    public const string WriteMode = "write";

    public const string PickPrompt = "请发送要采用的编号，例如：1 3";
    public const string NothingPicked = "没有识别出编号，这次没有保存。";

    /// <summary>The question under the listed suggestions; <paramref name="skipSynonyms"/> are other words for 跳过.</summary>
    public static PromptOptions Ask(string text, params string[] skipSynonyms) => PromptOptions.Create(text,
        "请选择：全部采用、挑选、自己写、跳过，或上一步。",
        [new Choice(AdoptAll), new Choice(Pick), new Choice(WriteOwn), new Choice(Skip) { Synonyms = [.. skipSynonyms] }, new Choice(Back) { Synonyms = ["返回", "back"] }]);

    /// <summary>What the user adopted: every suggestion, the picked numbers of <paramref name="pickAnswer"/>, or their own one.</summary>
    public static List<T> Adopted<T>(string? mode, List<T> suggestions, string? pickAnswer, Func<T> typed) => mode switch
    {
        AllMode => suggestions,
        PickMode => [.. Picks.Parse(pickAnswer, suggestions.Count).Select(i => suggestions[i])],
        _ => [typed()],
    };
}
