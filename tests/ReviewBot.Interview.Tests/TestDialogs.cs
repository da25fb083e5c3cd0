using ReviewBot.Interview.Frameworks;

namespace ReviewBot.Interview.Tests;

/// <summary>The repository's dialogs/ folder, found the way the app finds it from bin/, and a catalog loaded once.</summary>
public static class TestDialogs
{
    private static readonly Lazy<FrameworkCatalog> LazyCatalog = new(() => FrameworkCatalog.Load(DialogsPath));

    public static string DialogsPath => DialogsDirectory.Resolve("dialogs", AppContext.BaseDirectory);

    public static FrameworkCatalog Catalog => LazyCatalog.Value;

    /// <summary>A copy of dialogs/ in a fresh temp folder, to break on purpose.</summary>
    public static TempDialogs Copy() => new(DialogsPath);
}

public sealed class TempDialogs : IDisposable
{
    public TempDialogs(string source)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reviewbot-tests-" + Guid.NewGuid().ToString("N"));
        DialogsPath = System.IO.Path.Combine(Root, "dialogs");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = System.IO.Path.Combine(DialogsPath, System.IO.Path.GetRelativePath(source, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Root { get; }

    public string DialogsPath { get; }

    public string PathOf(string relative) => System.IO.Path.Combine(DialogsPath, relative);

    /// <summary>Rewrites a file: <paramref name="edit"/> gets and returns the text.</summary>
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
