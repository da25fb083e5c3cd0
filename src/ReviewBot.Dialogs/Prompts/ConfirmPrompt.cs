using ReviewBot.Builder.Turns;
using ReviewBot.Dialogs.Choices;
using ReviewBot.Dialogs.Text;
using ReviewBot.Protocol.Schema;

namespace ReviewBot.Dialogs.Prompts;

/// <summary>
/// A yes/no question with buttons <see cref="YesTitle"/> / <see cref="NoTitle"/> (rendered like choices). Accepts the
/// exact words in <see cref="YesWords"/> / <see cref="NoWords"/> and the numbers 1 / 2. 取消 is deliberately not a
/// "no": it is the app's cancel command. Ends with a bool.
/// </summary>
public class ConfirmPrompt(string dialogId, PromptValidator<bool>? validator = null) : Prompt<bool>(dialogId, validator)
{
    public static IReadOnlyList<string> DefaultYesWords { get; } =
        ["是", "是的", "好", "好的", "好啊", "对", "对的", "可以", "确认", "确定", "行", "同意", "没问题", "嗯", "yes", "y", "ok", "okay", "sure", "true"];

    public static IReadOnlyList<string> DefaultNoWords { get; } =
        ["否", "不", "不是", "不用", "不用了", "不要", "算了", "不行", "不对", "不同意", "不需要", "先不", "no", "n", "nope", "false"];

    public string YesTitle { get; init; } = "是";

    public string NoTitle { get; init; } = "否";

    public IReadOnlyList<string> YesWords { get; init; } = DefaultYesWords;

    public IReadOnlyList<string> NoWords { get; init; } = DefaultNoWords;

    protected override Activity DecoratePrompt(ITurnContext turnContext, Activity prompt, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRenderer.Render(prompt, [new Choice(YesTitle), new Choice(NoTitle)], options.Style, turnContext.Activity, MarkerOf(options));
    }

    protected override string? MarkerOf(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return PromptMarker.Of(options, [YesTitle, NoTitle]);
    }

    protected override Task<PromptRecognizerResult<bool>> OnRecognizeAsync(ITurnContext turnContext, PromptInput input, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Task.FromResult(Recognize(input.Text) is { } answer
            ? PromptRecognizerResult<bool>.Success(answer)
            : PromptRecognizerResult<bool>.Failure());
    }

    /// <summary>True for a yes word, the yes title or 1; false for a no word, the no title or 2; otherwise null.</summary>
    public bool? Recognize(string? text)
    {
        var answer = InputNormalizer.Normalize(text);
        if (answer.Length == 0)
        {
            return null;
        }
        if (Matches(answer, YesWords, YesTitle) || (ChoiceRecognizer.TryParseOrdinal(answer, out var n) && n == 1))
        {
            return true;
        }
        if (Matches(answer, NoWords, NoTitle) || (ChoiceRecognizer.TryParseOrdinal(answer, out n) && n == 2))
        {
            return false;
        }
        return null;
    }

    private static bool Matches(string answer, IReadOnlyList<string> words, string title) =>
        string.Equals(answer, InputNormalizer.Normalize(title), StringComparison.Ordinal)
        || words.Any(w => string.Equals(answer, InputNormalizer.Normalize(w), StringComparison.Ordinal));
}
