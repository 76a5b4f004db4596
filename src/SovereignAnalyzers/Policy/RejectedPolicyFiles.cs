using System;
using System.Collections.Generic;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.Policy;

/// <summary>
/// The <c>extends</c> targets the package's build files refused to hand to the analyzers, and why: a folder,
/// a file not named <c>*.json</c>, a device or other non-regular file, a file larger than 1 MiB, an unreadable
/// one, or one that does not hold a JSON object. Read from the build property
/// <c>SovereigntyRejectedPolicyFiles</c>: <c>reason*path</c> entries separated by <c>|</c>.
/// </summary>
internal sealed class RejectedPolicyFiles
{
    /// <summary>The key of the build property in the compiler's analyzer options.</summary>
    public const string OptionKey = "build_property.SovereigntyRejectedPolicyFiles";

    public static readonly RejectedPolicyFiles None = new(string.Empty);

    private readonly Dictionary<string, string> _reasons = new(StringComparer.OrdinalIgnoreCase);

    private RejectedPolicyFiles(string value)
    {
        Value = value;
        foreach (var entry in value.Split('|'))
        {
            var star = entry.IndexOf('*');
            if (star > 0 && star < entry.Length - 1)
            {
                _reasons[PolicyPath.Normalize(entry.Substring(star + 1).Trim())] = entry.Substring(0, star).Trim();
            }
        }
    }

    /// <summary>The property's text, as given (part of what a cached policy result depends on).</summary>
    public string Value { get; }

    public static RejectedPolicyFiles Parse(string? value)
        => string.IsNullOrWhiteSpace(value) ? None : new RejectedPolicyFiles(value!);

    /// <summary>Why the file at a resolved, normalised path is not a policy file, in the user's language; null when it was not rejected.</summary>
    public LocalizedText? ReasonFor(string resolvedPath)
    {
        if (_reasons.Count == 0 || !_reasons.TryGetValue(PolicyPath.Normalize(resolvedPath), out var code))
        {
            return null;
        }

        return code switch
        {
            "folder" => LocalizedText.Format(nameof(Strings.PolicyNotAFileFolder)),
            "extension" => LocalizedText.Format(nameof(Strings.PolicyNotAFileExtension)),
            "notRegular" => LocalizedText.Format(nameof(Strings.PolicyNotAFileNotRegular)),
            "tooLarge" => LocalizedText.Format(nameof(Strings.PolicyNotAFileTooLarge)),
            "notObject" => LocalizedText.Format(nameof(Strings.PolicyNotAFileNotObject)),
            _ => LocalizedText.Format(nameof(Strings.PolicyNotAFileUnreadable)),
        };
    }
}
