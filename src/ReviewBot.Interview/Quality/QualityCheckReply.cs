using System.Text;
using ReviewBot.Drafts.Model;

namespace ReviewBot.Interview.Quality;

/// <summary>The 体检 command's answer: the rule findings, then — with a model — its suggestions, labelled 模型建议 and kept apart.</summary>
public sealed class QualityCheckReply(DraftQualityCheck check, IQualityAdvisor? advisor = null)
{
    private readonly IQualityAdvisor _advisor = advisor ?? NoQualityAdvisor.Instance;

    public async Task<string> ComposeAsync(Draft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var text = new StringBuilder(QualityReportView.Render(check.Check(draft)));
        var advice = await _advisor.AdviseAsync(QualityAdviceRequest.From(draft), cancellationToken).ConfigureAwait(false);
        if (advice is null)
        {
            return text.ToString();
        }
        if (advice.Notice is { Length: > 0 } notice)
        {
            return text.Append($"\n\n（{notice}）").ToString();
        }
        text.Append("\n\n**模型建议**（由模型生成，仅供参考，是否采纳请本人把关；与上面的规则检查分开列出）");
        if (advice.Suggestions.Count == 0)
        {
            return text.Append("\n模型没有补充建议。").ToString();
        }
        foreach (var s in advice.Suggestions)
        {
            text.Append($"\n- {s.ItemNumber}：{s.Issue}——{s.Suggestion}");
        }
        return text.Append("\n\n可以发送“修改 编号”按建议调整。").ToString();
    }
}
