using System.Diagnostics;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.Policy;

public class PathGlobTests
{
    [Theory]
    [InlineData("src/Legacy/**", "src/Legacy/Archive.cs", true)]
    [InlineData("src/Legacy/**", "src/Legacy/Deep/Er/Archive.cs", true)]
    [InlineData("src/Legacy/**", "src/Legacy", false)]
    [InlineData("src/Legacy/**", "src/LegacyOther/Archive.cs", false)]
    [InlineData("src/Legacy/**", "tests/src/Legacy/Archive.cs", false)]
    [InlineData("**/Legacy/*.cs", "Legacy/A.cs", true)]
    [InlineData("**/Legacy/*.cs", "src/app/Legacy/A.cs", true)]
    [InlineData("**/Legacy/*.cs", "src/app/Legacy/sub/A.cs", false)]
    [InlineData("src/**/*.cs", "src/A.cs", true)]
    [InlineData("src/**/*.cs", "src/a/b/c/A.cs", true)]
    [InlineData("src/**/*.cs", "src/a/b/c/A.csx", false)]
    [InlineData("src/**/b/**/*.cs", "src/x/b/y/b/z/A.cs", true)]
    [InlineData("src/**/b/**/*.cs", "src/x/c/y/A.cs", false)]
    [InlineData("*.cs", "A.cs", true)]
    [InlineData("*.cs", "src/A.cs", false)]
    [InlineData("src/*/A.cs", "src/x/A.cs", true)]
    [InlineData("src/*/A.cs", "src/x/y/A.cs", false)]
    [InlineData("src/?.cs", "src/A.cs", true)]
    [InlineData("src/?.cs", "src/AB.cs", false)]
    [InlineData("src?A.cs", "src/A.cs", false)]
    [InlineData("a*b*c", "aXbYbZc", true)]
    [InlineData("a*b*c", "aXbYbZ", false)]
    [InlineData("a**b", "aXXb", true)]
    [InlineData("a**b", "aX/Xb", false)]
    [InlineData("**", "anything/at/all.cs", true)]
    [InlineData("**", "", true)]
    [InlineData("", "", true)]
    [InlineData("", "a", false)]
    [InlineData("SRC/legacy/**", "src/Legacy/A.cs", true)]
    [InlineData("src\\Legacy\\**", "src/Legacy/A.cs", true)]
    [InlineData("./src/**", "src\\Legacy\\A.cs", true)]
    public void Matches_like_gitignore_globs(string glob, string path, bool expected)
        => Assert.Equal(expected, PathGlob.IsMatch(glob, path));

    [Fact]
    public void Many_stars_do_not_explode()
    {
        // The recursive matcher took exponential time on these; the iterative one takes at most
        // glob length × path length steps. Both the glob and the path are long and nearly matching.
        var glob = string.Concat(Enumerable.Repeat("*a", 60)) + "b";
        var path = new string('a', 5000);
        var globstars = string.Concat(Enumerable.Repeat("**/", 60)) + "x";
        var deepPath = string.Join("/", Enumerable.Repeat("d", 3000));
        var stopwatch = Stopwatch.StartNew();
        Assert.False(PathGlob.IsMatch(glob, path));
        Assert.False(PathGlob.IsMatch(globstars, deepPath));
        Assert.True(PathGlob.IsMatch(glob, path + "b"));

        // A sanity bound only (seconds, not a timing assertion): an exponential matcher never ends.
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void Agrees_with_a_reference_matcher_on_random_globs()
    {
        var random = new Random(1234);
        const string GlobAlphabet = "ab/*?";
        const string PathAlphabet = "ab/";
        for (var i = 0; i < 20000; i++)
        {
            var glob = RandomString(random, GlobAlphabet, random.Next(0, 9));
            var path = RandomString(random, PathAlphabet, random.Next(0, 9));
            Assert.True(Reference(glob, 0, path, 0) == PathGlob.IsMatch(glob, path), $"glob '{glob}' path '{path}'");
        }
    }

    private static string RandomString(Random random, string alphabet, int length)
    {
        var chars = new char[length];
        for (var i = 0; i < length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }

    /// <summary>A plain exhaustive matcher of the same semantics, for short inputs.</summary>
    private static bool Reference(string glob, int g, string path, int p)
    {
        if (g == glob.Length)
        {
            return p == path.Length;
        }

        if (glob[g] == '*')
        {
            var isGlobstar = g + 1 < glob.Length && glob[g + 1] == '*'
                && (g == 0 || glob[g - 1] == '/') && (g + 2 == glob.Length || glob[g + 2] == '/');
            if (isGlobstar)
            {
                if (g + 2 == glob.Length)
                {
                    return true;
                }

                // "**/" = zero or more whole segments, each with its '/'.
                for (var q = p; q <= path.Length; q++)
                {
                    if ((q == p || path[q - 1] == '/') && Reference(glob, g + 3, path, q))
                    {
                        return true;
                    }
                }

                return false;
            }

            var next = g;
            while (next < glob.Length && glob[next] == '*')
            {
                next++;
            }

            for (var q = p; q <= path.Length; q++)
            {
                if (Reference(glob, next, path, q))
                {
                    return true;
                }

                if (q < path.Length && path[q] == '/')
                {
                    return false;
                }
            }

            return false;
        }

        return p < path.Length
            && (glob[g] == '?' ? path[p] != '/' : char.ToLowerInvariant(glob[g]) == char.ToLowerInvariant(path[p]))
            && Reference(glob, g + 1, path, p + 1);
    }
}
