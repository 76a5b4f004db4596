using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// Path arithmetic for <c>extends</c>, done on strings: analyzers may not touch the file system, and the
/// paths come from the compilation's additional files. Works for '/' and '\' separators alike.
/// </summary>
internal static class PolicyPath
{
    /// <summary>
    /// <paramref name="reference"/> (an <c>extends</c> value) resolved against the folder of
    /// <paramref name="policyPath"/>, normalised; an absolute reference is only normalised.
    /// </summary>
    public static string Resolve(string policyPath, string reference)
    {
        if (IsRooted(reference))
        {
            return Normalize(reference);
        }

        var folder = Normalize(policyPath);
        var slash = folder.LastIndexOf('/');
        return Normalize(slash < 0 ? reference : folder.Substring(0, slash + 1) + reference);
    }

    /// <summary>'/' separators, no "." segments, ".." folded into the preceding segment where there is one.</summary>
    public static string Normalize(string path)
    {
        path = path.Replace('\\', '/');
        var prefix = path.StartsWith("//", StringComparison.Ordinal) ? "//" : path.StartsWith("/", StringComparison.Ordinal) ? "/" : string.Empty;
        var segments = new List<string>();
        foreach (var segment in path.Substring(prefix.Length).Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != ".." && !IsDrive(segments[segments.Count - 1], segments.Count - 1))
            {
                segments.RemoveAt(segments.Count - 1);
                continue;
            }

            if (segment == ".." && prefix.Length > 0 && segments.Count == 0)
            {
                continue; // above the root is the root
            }

            segments.Add(segment);
        }

        return prefix + string.Join("/", segments);
    }

    private static bool IsRooted(string path)
        => path.StartsWith("/", StringComparison.Ordinal)
           || path.StartsWith("\\", StringComparison.Ordinal)
           || (path.Length >= 2 && path[1] == ':' && char.IsLetter(path[0]));

    private static bool IsDrive(string segment, int index) => index == 0 && segment.Length == 2 && segment[1] == ':';
}
