namespace SovereignAnalyzers.PolicyLoading;

/// <summary>What is wrong in a policy file; each kind is reported by one rule.</summary>
internal enum PolicyProblemKind
{
    /// <summary>SOV0900: the policy cannot be read or combined; the built-in default applies.</summary>
    InvalidPolicy,

    /// <summary>SOV0901: an exception whose expiry date has passed.</summary>
    ExpiredException,
}
