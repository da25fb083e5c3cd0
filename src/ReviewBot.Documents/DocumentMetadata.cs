namespace ReviewBot.Documents;

/// <summary>What goes into the file's core properties (文件 → 属性): title, author and date.</summary>
public sealed record DocumentMetadata(string Title, string Author, DateTimeOffset Date);
