using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Docs;

/// <summary>
/// A file of the repository generated from the code (a doc page, a table, a schema): a test fails when it
/// is stale, and rewrites it instead when run with <c>SOVEREIGN_UPDATE_DOCS=1</c>.
/// </summary>
internal static class GoldenFile
{
    /// <summary>Checks that the file at <paramref name="path"/> holds <paramref name="expected"/> (line endings aside).</summary>
    /// <param name="howToUpdate">The command that regenerates it, for the failure message.</param>
    public static void Check(string path, string expected, string howToUpdate)
    {
        var actual = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : string.Empty;
        if (actual == expected)
        {
            return;
        }

        if (RepositoryPaths.UpdateDocs)
        {
            File.WriteAllText(path, expected);
            return;
        }

        Assert.Fail($"{Path.GetRelativePath(RepositoryPaths.Root, path)} is stale: run `{howToUpdate}` and commit the result.");
    }

    /// <summary>
    /// Checks the part of the file at <paramref name="path"/> between <paramref name="startMarker"/> and
    /// <paramref name="endMarker"/>, which must both be there; the rest of the file is left as written.
    /// </summary>
    public static void CheckBetween(string path, string startMarker, string endMarker, string expected, string howToUpdate)
    {
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(startMarker, StringComparison.Ordinal);
        var end = text.IndexOf(endMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"{Path.GetFileName(path)} needs a {startMarker} ... {endMarker} block.");
        Check(path, text[..(start + startMarker.Length)] + expected + text[end..], howToUpdate);
    }
}
