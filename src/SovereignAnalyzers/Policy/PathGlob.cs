using System;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Matches '/'-separated paths against globs, case-insensitively (policies are shared across operating
/// systems). No regular expression is built from user input.
/// <list type="bullet">
/// <item><c>*</c> matches any characters but '/'; <c>?</c> one character but '/'.</item>
/// <item><c>**</c> standing as a whole path segment matches any number of folders: <c>**/x</c> is
/// <c>x</c> in any folder, <c>a/**/b</c> matches <c>a/b</c> and <c>a/x/y/b</c>, <c>a/**</c> everything
/// inside <c>a</c>. Elsewhere (<c>a**b</c>) it is a plain <c>*</c>.</item>
/// <item>Every other character matches itself; there are no character classes.</item>
/// </list>
/// Matching is iterative with two backtrack points (the last <c>*</c> and the last <c>**</c>), so its
/// cost is bounded by the product of the two lengths whatever the number of stars, never exponential.
/// </summary>
internal static class PathGlob
{
    public static bool IsMatch(string glob, string path) => Match(Normalize(glob), Normalize(path));

    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        return path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;
    }

    private static bool Match(string glob, string path)
    {
        int g = 0, p = 0;

        // Where to resume when the text after the last '*' fails: the glob index after the star, and the
        // path index the star's match currently ends at. Same for the last "**" segment.
        int starGlob = -1, starPath = -1;
        int globstarGlob = -1, globstarPath = -1;

        while (g < glob.Length || p < path.Length)
        {
            if (g < glob.Length)
            {
                var c = glob[g];
                if (c == '*')
                {
                    if (IsGlobstar(glob, g))
                    {
                        if (g + 2 == glob.Length)
                        {
                            return true; // a trailing "**" matches whatever is left
                        }

                        // "**/": zero folders for now; backtracking adds one folder at a time.
                        globstarGlob = g + 3;
                        globstarPath = p;
                        starGlob = -1;
                        g = globstarGlob;
                        continue;
                    }

                    while (g < glob.Length && glob[g] == '*')
                    {
                        g++;
                    }

                    starGlob = g;
                    starPath = p;
                    continue;
                }

                if (p < path.Length && (c == '?' ? path[p] != '/' : char.ToLowerInvariant(c) == char.ToLowerInvariant(path[p])))
                {
                    g++;
                    p++;
                    continue;
                }
            }

            // Mismatch, or one side ended first: let the last '*' take one more character (never a '/'),
            // otherwise let the last "**" take one more folder.
            if (starGlob >= 0 && starPath < path.Length && path[starPath] != '/')
            {
                starPath++;
                p = starPath;
                g = starGlob;
                continue;
            }

            if (globstarGlob >= 0)
            {
                var slash = path.IndexOf('/', globstarPath);
                if (slash < 0)
                {
                    return false;
                }

                globstarPath = slash + 1;
                p = globstarPath;
                g = globstarGlob;
                starGlob = -1;
                continue;
            }

            return false;
        }

        return true;
    }

    /// <summary>True when <c>glob[g..g+2]</c> is "**" standing as a whole segment.</summary>
    private static bool IsGlobstar(string glob, int g)
        => g + 1 < glob.Length
           && glob[g + 1] == '*'
           && (g == 0 || glob[g - 1] == '/')
           && (g + 2 == glob.Length || glob[g + 2] == '/');
}
