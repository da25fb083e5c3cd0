namespace ReviewBot.Documents;

/// <summary>整改清单: a title such as “2023年度主题教育专题民主生活会整改清单” and its rows in order (序号 is the position).</summary>
public sealed record RectificationTable(string Title, IReadOnlyList<RectificationRow> Rows);

/// <summary>
/// One line of the 整改清单. Texts are shown as given; a newline starts a new paragraph in the cell.
/// </summary>
/// <param name="Category">问题类别, usually the aspect (理论学习…).</param>
/// <param name="Problem">问题表现, concrete, with its example.</param>
/// <param name="Measures">整改措施.</param>
/// <param name="Responsible">责任领导/责任人.</param>
/// <param name="Deadline">完成时限: a date, 立行立改 or 长期坚持.</param>
/// <param name="Status">状态: 未启动, 整改中, 已完成, 已销号, 长期坚持, 逾期….</param>
public sealed record RectificationRow(
    string Category,
    string Problem,
    string Measures,
    string Responsible,
    string Deadline,
    string Status);
