namespace ReviewBot.Interview.Frameworks;

/// <summary>One problem in a dialogs data file: the file, the JSON path ($.aspects[2].name) and what is wrong.</summary>
public sealed record FrameworkValidationError(string File, string Path, string Problem)
{
    public override string ToString() => $"{File}: {Path}: {Problem}";
}

/// <summary>
/// A file under <c>dialogs/</c> (framework, phrasing templates, 空话套话 list) is malformed or inconsistent. The message
/// lists every problem, one per line, as "dialogs/frameworks/x.json: $.aspects[2].name: 必填字段缺失 / required".
/// </summary>
public sealed class FrameworkValidationException : Exception
{
    public FrameworkValidationException(IReadOnlyList<FrameworkValidationError> errors)
        : base(BuildMessage(errors))
    {
        Errors = errors;
    }

    public FrameworkValidationException(string message)
        : base(message)
    {
        Errors = [];
    }

    public FrameworkValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<FrameworkValidationError> Errors { get; }

    private static string BuildMessage(IReadOnlyList<FrameworkValidationError> errors) =>
        errors.Count == 1
            ? errors[0].ToString()
            : $"对话数据有 {errors.Count} 处错误 / {errors.Count} problems in dialogs data:\n" + string.Join('\n', errors);
}
