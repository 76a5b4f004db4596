using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>
/// The project's analyzer options, plus the item metadata the package's build targets would have set on
/// the policy file (<c>build_metadata.AdditionalFiles.SovereigntyPolicy = root</c>) for a project that does
/// not import them.
/// </summary>
internal sealed class PolicyMarkingOptionsProvider : AnalyzerConfigOptionsProvider
{
    public const string PolicyRoleKey = "build_metadata.AdditionalFiles.SovereigntyPolicy";

    private readonly AnalyzerConfigOptionsProvider? _inner;
    private readonly string? _rootPolicy;

    public PolicyMarkingOptionsProvider(AnalyzerConfigOptionsProvider? inner, string? rootPolicy)
    {
        _inner = inner;
        _rootPolicy = rootPolicy;
    }

    public override AnalyzerConfigOptions GlobalOptions => _inner?.GlobalOptions ?? DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _inner?.GetOptions(tree) ?? DictionaryOptions.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile)
    {
        var options = _inner?.GetOptions(textFile) ?? DictionaryOptions.Empty;
        return _rootPolicy is not null && string.Equals(textFile.Path, _rootPolicy, StringComparison.Ordinal)
            ? new DictionaryOptions(options, PolicyRoleKey, "root")
            : options;
    }

    /// <summary>Whether the project's own options already mark a policy file (it imports the package's targets).</summary>
    public static bool MarksPolicy(AnalyzerConfigOptionsProvider provider, IEnumerable<AdditionalText> files)
    {
        foreach (var file in files)
        {
            if (provider.GetOptions(file).TryGetValue(PolicyRoleKey, out var role) && string.Equals(role.Trim(), "root", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private sealed class DictionaryOptions : AnalyzerConfigOptions
    {
        public static readonly DictionaryOptions Empty = new(null, null, null);

        private readonly AnalyzerConfigOptions? _inner;
        private readonly string? _key;
        private readonly string? _value;

        public DictionaryOptions(AnalyzerConfigOptions? inner, string? key, string? value)
        {
            _inner = inner;
            _key = key;
            _value = value;
        }

        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value)
        {
            if (_key is not null && string.Equals(key, _key, StringComparison.OrdinalIgnoreCase))
            {
                value = _value!;
                return true;
            }

            if (_inner is not null)
            {
                return _inner.TryGetValue(key, out value);
            }

            value = null;
            return false;
        }
    }
}
