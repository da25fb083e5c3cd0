namespace ReviewBot.Interview.Frameworks;

/// <summary>
/// Finds the dialogs/ data folder: an absolute path as given, or a relative one looked up from each start directory
/// (content root / current directory, then the app's bin folder) and their parents — so a run from bin/Debug/net10.0
/// finds the repository's dialogs/.
/// </summary>
public static class DialogsDirectory
{
    /// <summary>The folder is recognised by its frameworks/ subfolder.</summary>
    public static string Resolve(string configuredPath, params string[] startDirectories)
    {
        if (string.IsNullOrWhiteSpace(configuredPath))
        {
            throw new DirectoryNotFoundException("Interview:DialogsPath 不能为空 / Interview:DialogsPath is empty.");
        }
        if (Path.IsPathRooted(configuredPath))
        {
            return IsDialogsFolder(configuredPath)
                ? Path.GetFullPath(configuredPath)
                : throw new DirectoryNotFoundException(
                    $"找不到对话数据目录“{configuredPath}”或其中没有 frameworks/ 子目录（Interview:DialogsPath）/ dialogs folder not found.");
        }
        var starts = startDirectories.Length > 0 ? startDirectories : [Directory.GetCurrentDirectory(), AppContext.BaseDirectory];
        foreach (var start in starts.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, configuredPath);
                if (IsDialogsFolder(candidate))
                {
                    return Path.GetFullPath(candidate);
                }
            }
        }
        throw new DirectoryNotFoundException(
            $"找不到对话数据目录“{configuredPath}”（Interview:DialogsPath），已从 {string.Join("、", starts)} 逐级向上查找 / dialogs folder not found.");
    }

    private static bool IsDialogsFolder(string path) =>
        Directory.Exists(path) && Directory.Exists(Path.Combine(path, FrameworkCatalog.FrameworksFolder));
}
