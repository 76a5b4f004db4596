using System;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Matches '/'-separated paths against globs: <c>*</c> (any characters but '/'), <c>?</c> (one character
/// but '/'), <c>**</c> (any number of folders). Case-insensitive, since policies are shared across
/// operating systems. No regular expression is built from user input.
/// </summary>
internal static class PathGlob
{
    public static bool IsMatch(string glob, string path)
        => Match(Normalize(glob), 0, Normalize(path), 0, depth: 0);

    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        return path.StartsWith("./", StringComparison.Ordinal) ? path.Substring(2) : path;
    }

    private static bool Match(string glob, int g, string path, int p, int depth)
    {
        if (depth > 64)
        {
            return false; // pathological globs such as "**/**/**/…" cannot make matching explode
        }

        while (g < glob.Length)
        {
            var c = glob[g];
            if (c == '*')
            {
                var doubleStar = g + 1 < glob.Length && glob[g + 1] == '*';
                if (doubleStar)
                {
                    var next = g + 2;
                    if (next < glob.Length && glob[next] == '/')
                    {
                        next++;
                    }

                    for (var i = p; i <= path.Length; i++)
                    {
                        if ((i == p || path[i - 1] == '/') && Match(glob, next, path, i, depth + 1))
                        {
                            return true;
                        }
                    }

                    return false;
                }

                for (var i = p; i <= path.Length; i++)
                {
                    if (Match(glob, g + 1, path, i, depth + 1))
                    {
                        return true;
                    }

                    if (i < path.Length && path[i] == '/')
                    {
                        return false;
                    }
                }

                return false;
            }

            if (p >= path.Length)
            {
                return false;
            }

            if (c == '?' ? path[p] == '/' : char.ToLowerInvariant(c) != char.ToLowerInvariant(path[p]))
            {
                return false;
            }

            g++;
            p++;
        }

        return p == path.Length;
    }
}
