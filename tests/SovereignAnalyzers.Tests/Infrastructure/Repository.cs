namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>Paths in the source tree the tests run from (the folder holding SovereignAnalyzers.sln).</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SovereignAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No SovereignAnalyzers.sln above {AppContext.BaseDirectory}.");
    }
}
