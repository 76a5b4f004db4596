using System;
using System.Collections.Generic;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// A policy file and the bases it <c>extends</c>, nearest first. A base that cannot be found, one the build
/// refused as not a policy file (<see cref="RejectedPolicyFiles"/>), or one already in the chain (a cycle),
/// ends the chain with an error at the <c>extends</c> value.
/// </summary>
internal sealed class PolicyChain
{
    private PolicyChain(IReadOnlyList<PolicyFile> files, IReadOnlyList<PolicyError> errors)
    {
        Files = files;
        Errors = errors;
    }

    /// <summary>The policy itself first, then its base, its base's base…</summary>
    public IReadOnlyList<PolicyFile> Files { get; }

    /// <summary>Missing bases and cycles.</summary>
    public IReadOnlyList<PolicyError> Errors { get; }

    /// <param name="root">The policy.</param>
    /// <param name="findFile">A resolved, normalised path (<see cref="PolicyPath"/>) → that file, or null.</param>
    /// <param name="rejected">The targets the build refused to read; none when null.</param>
    public static PolicyChain Resolve(PolicyFile root, Func<string, PolicyFile?> findFile, RejectedPolicyFiles? rejected = null)
    {
        var files = new List<PolicyFile> { root };
        var errors = new List<PolicyError>();
        var current = root;
        while (current.Document.Extends is { } extends)
        {
            var resolved = PolicyPath.Resolve(current.Path, extends.Value);
            var location = new PolicyLocation(current.Path, extends.Start, extends.Length);
            var next = findFile(resolved);
            if (next is null && rejected?.ReasonFor(resolved) is { } reason)
            {
                errors.Add(new PolicyError(location, LocalizedText.Format(nameof(Strings.PolicyExtendsNotAPolicyFile), extends.Value, resolved, reason)));
                break;
            }

            if (next is null)
            {
                errors.Add(new PolicyError(location, LocalizedText.Format(nameof(Strings.PolicyExtendsNotFound), extends.Value, resolved)));
                break;
            }

            if (IndexOf(files, next.Path) is var index && index >= 0)
            {
                var cycle = new List<string>();
                for (var i = index; i < files.Count; i++)
                {
                    cycle.Add(files[i].Path);
                }

                cycle.Add(next.Path);
                errors.Add(new PolicyError(location, LocalizedText.Format(nameof(Strings.PolicyExtendsCycle), string.Join(" → ", cycle))));
                break;
            }

            files.Add(next);
            current = next;
        }

        return new PolicyChain(files, errors);
    }

    private static int IndexOf(List<PolicyFile> files, string path)
    {
        var normalized = PolicyPath.Normalize(path);
        for (var i = 0; i < files.Count; i++)
        {
            if (string.Equals(PolicyPath.Normalize(files[i].Path), normalized, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
