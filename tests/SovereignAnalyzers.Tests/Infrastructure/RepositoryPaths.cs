namespace SovereignAnalyzers.Tests.Infrastructure;

/// <summary>Locates files of the repository (docs kept in step with the code) from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Get(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    /// <summary>Set <c>SOVEREIGN_UPDATE_DOCS=1</c> to let doc tests rewrite stale generated files instead of failing.</summary>
    public static bool UpdateDocs => Environment.GetEnvironmentVariable("SOVEREIGN_UPDATE_DOCS") == "1";

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SovereignAnalyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("SovereignAnalyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
