using System.Collections.Generic;

namespace SovereignAnalyzers.Policy;

/// <summary>The outcome of reading a policy: the policy when it is valid, and every error otherwise.</summary>
internal sealed class PolicyReadResult
{
    public PolicyReadResult(SovereigntyPolicy? policy, IReadOnlyList<PolicyError> errors, IReadOnlyList<PolicyFile> files)
    {
        Policy = policy;
        Errors = errors;
        Files = files;
    }

    /// <summary>Null when there is any error: a broken policy never applies, even in part.</summary>
    public SovereigntyPolicy? Policy { get; }

    public IReadOnlyList<PolicyError> Errors { get; }

    /// <summary>The files read: the policy, then the bases it extends.</summary>
    public IReadOnlyList<PolicyFile> Files { get; }
}
