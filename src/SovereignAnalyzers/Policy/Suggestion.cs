using System;
using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>Finds the known name closest to a misspelt one ("alow" → "allow"), for "did you mean" hints.</summary>
internal static class Suggestion
{
    /// <summary>
    /// The candidate at the smallest edit distance (insertions, deletions, substitutions, transpositions;
    /// case differences are free), when that distance is small for the word's length; otherwise the
    /// shortest candidate the word begins (<c>ovh</c> → <c>ovhcloud</c>); otherwise null.
    /// </summary>
    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        var lower = word.ToLowerInvariant();
        var threshold = Math.Max(1, Math.Min(3, lower.Length / 3));
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - lower.Length) > threshold)
            {
                continue;
            }

            var distance = Distance(lower, candidate.ToLowerInvariant());
            if (distance <= threshold && distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        if (best is null && lower.Length >= 3)
        {
            foreach (var candidate in candidates)
            {
                if (candidate.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (best is null || candidate.Length < best.Length))
                {
                    best = candidate;
                }
            }
        }

        return best;
    }

    /// <summary>Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring).</summary>
    internal static int Distance(string a, string b)
    {
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
