namespace ReviewBot.Interview.Phrasing;

/// <summary>
/// A phrasing result and, when a model was asked but the built-in phrasing answered instead, one short line for the
/// user (模型暂时不可用… / 模型响应较慢…). The built-in phraser never sets a notice.
/// </summary>
public sealed record Phrased<T>(T Value, string? Notice = null)
{
    public bool HasNotice => !string.IsNullOrWhiteSpace(Notice);

    /// <summary>The notice as the line the dialogs put above the text: “（…）\n\n”, or empty.</summary>
    public string NoticeLine => HasNotice ? $"（{Notice}）\n\n" : string.Empty;
}

public static class Phrased
{
    public static Phrased<T> Of<T>(T value) => new(value);
}
