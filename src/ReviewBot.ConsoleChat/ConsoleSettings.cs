namespace ReviewBot.ConsoleChat;

internal static class ConsoleSettings
{
    /// <summary>The folder with appsettings.json: the current one, or the nearest parent that has it (so `dotnet run` works from anywhere in the repo).</summary>
    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "dialogs")))
            {
                return dir.FullName;
            }
        }
        return AppContext.BaseDirectory;
    }
}
