using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.Resources;

namespace SovereignAnalyzers.PolicyLoading;

/// <summary>
/// Finds the policy that applies to a compilation: the additional file the NuGet package marked as the
/// policy (item metadata <c>SovereigntyPolicy=root</c>: the file named by <c>SovereigntyPolicyFile</c>, or the
/// nearest <c>sovereignty.json</c> above the project, whatever its name), otherwise the additional file named
/// <c>sovereignty.json</c> (any folder, any case); and the bases it <c>extends</c>, which must be additional
/// files too (analyzers may not read the file system). No file: the built-in default. A broken policy, or
/// two of them: the built-in default, plus SOV0900 problems located in the policy files.
/// <para>
/// Caching: each file's text is parsed once (<see cref="Documents"/>, keyed by the text itself). The
/// combined result also depends on the texts of the bases and on the date (exceptions expire), so it is
/// kept per policy text together with that key (<see cref="Results"/>) and reused only when the bases'
/// texts and the date are the same.
/// </para>
/// </summary>
internal static class CompilationPolicy
{
    // Parsed documents and combined results, per policy text (the same SourceText object: compilers and
    // IDEs hand the same one to every compilation until the file changes). Shared by analyzers, code fixes
    // and tools, so that none parses a text another has parsed.
    private static readonly ConditionalWeakTable<SourceText, PolicyDocument> Documents = new();

    private static readonly ConditionalWeakTable<SourceText, ResultSlot> Results = new();

    private static readonly PolicyDocument Unreadable = PolicyReader.Failed(nameof(Strings.PolicyUnreadable));

    /// <summary>The item metadata by which the package's build files mark the policy (docs/packaging.md).</summary>
    internal const string PolicyRoleKey = "build_metadata.AdditionalFiles.SovereigntyPolicy";

    /// <summary>The evaluation every rule of a compilation with these options uses.</summary>
    public static PolicyEvaluation Get(AnalyzerOptions options, CancellationToken cancellationToken) => Load(options, cancellationToken).Evaluation;

    /// <summary>
    /// The policy of a project from its analyzer options (its additional files and their build metadata),
    /// e.g. a code fix's <c>Project.AnalyzerOptions</c>: the same policy, from the same cache, as the analyzers.
    /// </summary>
    public static LoadedPolicy Load(AnalyzerOptions options, CancellationToken cancellationToken)
        => Load(options.AdditionalFiles, MarkedAsPolicy(options.AnalyzerConfigOptionsProvider), Rejected(options.AnalyzerConfigOptionsProvider), cancellationToken);

    /// <summary>
    /// The policy of a project whose files a process read itself: <paramref name="files"/> are the project's
    /// additional files (paths and texts), <paramref name="markedPolicyPath"/> the one its build marks as the
    /// policy (<c>SovereigntyPolicy=root</c>), if any.
    /// </summary>
    public static LoadedPolicy Load(IEnumerable<(string Path, string Text)> files, string? markedPolicyPath, CancellationToken cancellationToken)
    {
        var additionalFiles = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var (path, text) in files)
        {
            additionalFiles.Add(new TextFile(path, SourceText.From(text)));
        }

        return Load(
            additionalFiles.ToImmutable(),
            markedPolicyPath is null ? null : file => string.Equals(file.Path, markedPolicyPath, StringComparison.Ordinal),
            RejectedPolicyFiles.None,
            cancellationToken);
    }

    /// <summary>The same without the analyzer options' build metadata (tests).</summary>
    internal static LoadedPolicy Load(ImmutableArray<AdditionalText> additionalFiles, CancellationToken cancellationToken, AnalyzerConfigOptionsProvider? options = null)
        => Load(additionalFiles, options is null ? null : MarkedAsPolicy(options), options is null ? RejectedPolicyFiles.None : Rejected(options), cancellationToken);

    private static LoadedPolicy Load(ImmutableArray<AdditionalText> additionalFiles, Func<AdditionalText, bool>? isMarkedAsPolicy, RejectedPolicyFiles rejected, CancellationToken cancellationToken)
        => Load(
            additionalFiles,
            isMarkedAsPolicy,
            rejected,
            text => Documents.GetValue(text, t => PolicyReader.Parse(t.ToString())),
            text => Results.GetValue(text, _ => new ResultSlot()),
            cancellationToken);

    private static LoadedPolicy Load(
        ImmutableArray<AdditionalText> additionalFiles,
        Func<AdditionalText, bool>? isMarkedAsPolicy,
        RejectedPolicyFiles rejected,
        Func<SourceText, PolicyDocument> parse,
        Func<SourceText, ResultSlot?> slotFor,
        CancellationToken cancellationToken)
    {
        // The file the build marked wins over any other sovereignty.json the project happens to pass.
        var candidates = new List<AdditionalText>();
        if (isMarkedAsPolicy is not null)
        {
            foreach (var file in additionalFiles)
            {
                if (isMarkedAsPolicy(file))
                {
                    candidates.Add(file);
                }
            }
        }

        if (candidates.Count == 0)
        {
            foreach (var file in additionalFiles)
            {
                if (IsPolicyFileName(file.Path))
                {
                    candidates.Add(file);
                }
            }
        }

        if (candidates.Count == 0)
        {
            return LoadedPolicy.Default;
        }

        candidates.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path)); // the same outcome whatever the order of the files

        var reader = new FileReader(additionalFiles, parse, cancellationToken);
        var root = candidates[0];
        if (candidates.Count > 1)
        {
            var roots = FindRoots(candidates, reader, rejected);
            if (roots.Count > 1)
            {
                return reader.MultiplePolicies(roots);
            }

            // No root at all means the policy files extend each other in a cycle: reading any of them says so.
            root = roots.Count == 1 ? roots[0] : candidates[0];
        }

        var rootFile = reader.Open(root);
        var chain = PolicyChain.Resolve(rootFile, reader.Find, rejected);
        var key = new ResultKey(chain, reader, rejected, PolicyClock.Today);
        var slot = reader.TextOf(root.Path) is { } rootText ? slotFor(rootText) : null;
        if (slot?.Get(key) is { } cached)
        {
            return cached;
        }

        var loaded = reader.Evaluate(PolicyComposer.Compose(chain, ProviderCatalog.BuiltIn), key.Today);
        slot?.Set(key, loaded);
        return loaded;
    }

    /// <summary>
    /// Among several policy files, those no other one extends: a parent folder's policy that the
    /// project's own one extends is a base, not a second policy.
    /// </summary>
    private static List<AdditionalText> FindRoots(List<AdditionalText> candidates, FileReader reader, RejectedPolicyFiles rejected)
    {
        var bases = new HashSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var chain = PolicyChain.Resolve(reader.Open(candidate), reader.Find, rejected);
            for (var i = 1; i < chain.Files.Count; i++)
            {
                bases.Add(chain.Files[i].Path);
            }
        }

        var roots = new List<AdditionalText>();
        foreach (var candidate in candidates)
        {
            if (!bases.Contains(candidate.Path))
            {
                roots.Add(candidate);
            }
        }

        return roots;
    }

    private static RejectedPolicyFiles Rejected(AnalyzerConfigOptionsProvider provider)
        => RejectedPolicyFiles.Parse(provider.GlobalOptions.TryGetValue(RejectedPolicyFiles.OptionKey, out var value) ? value : null);

    private static Func<AdditionalText, bool> MarkedAsPolicy(AnalyzerConfigOptionsProvider provider)
        => file => provider.GetOptions(file).TryGetValue(PolicyRoleKey, out var role)
                   && string.Equals(role.Trim(), "root", StringComparison.OrdinalIgnoreCase);

    private static bool IsPolicyFileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return string.Equals(path.Substring(slash + 1), PolicyReader.FileName, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An additional file a process read itself.</summary>
    private sealed class TextFile : AdditionalText
    {
        private readonly SourceText _text;

        public TextFile(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>Reads additional files as policy files, remembering each text for diagnostics' line numbers.</summary>
    private sealed class FileReader
    {
        private readonly ImmutableArray<AdditionalText> _files;
        private readonly Func<SourceText, PolicyDocument> _parse;
        private readonly CancellationToken _cancellationToken;
        private readonly Dictionary<string, SourceText?> _texts = new(StringComparer.Ordinal);
        private Dictionary<string, AdditionalText>? _byPath;

        public FileReader(ImmutableArray<AdditionalText> files, Func<SourceText, PolicyDocument> parse, CancellationToken cancellationToken)
        {
            _files = files;
            _parse = parse;
            _cancellationToken = cancellationToken;
        }

        public PolicyFile Open(AdditionalText file)
        {
            if (!_texts.TryGetValue(file.Path, out var text))
            {
                text = file.GetText(_cancellationToken);
                _texts[file.Path] = text;
            }

            return new PolicyFile(file.Path, text is null ? Unreadable : _parse(text));
        }

        /// <summary>The additional file at a resolved path (exact, or else ignoring case), as a policy file.</summary>
        public PolicyFile? Find(string resolvedPath)
        {
            if (_byPath is null)
            {
                _byPath = new Dictionary<string, AdditionalText>(StringComparer.Ordinal);
                foreach (var file in _files)
                {
                    _byPath[PolicyPath.Normalize(file.Path)] = file;
                }
            }

            if (_byPath.TryGetValue(resolvedPath, out var exact))
            {
                return Open(exact);
            }

            foreach (var pair in _byPath)
            {
                if (string.Equals(pair.Key, resolvedPath, StringComparison.OrdinalIgnoreCase))
                {
                    return Open(pair.Value);
                }
            }

            return null;
        }

        public SourceText? TextOf(string path) => _texts.TryGetValue(path, out var text) ? text : null;

        public LoadedPolicy Evaluate(PolicyReadResult result, DateTime today)
        {
            var problems = ImmutableArray.CreateBuilder<PolicyProblem>();
            if (result.Policy is null)
            {
                foreach (var error in result.Errors)
                {
                    problems.Add(new PolicyProblem(PolicyProblemKind.InvalidPolicy, LocationOf(error.Location), error.Message));
                }

                return new LoadedPolicy(PolicyEvaluation.Default, problems.ToImmutable());
            }

            var evaluation = new PolicyEvaluation(ProviderCatalog.BuiltIn, result.Policy, today);
            foreach (var exception in evaluation.ExpiredExceptions)
            {
                problems.Add(new PolicyProblem(
                    PolicyProblemKind.ExpiredException,
                    LocationOf(exception.ExpiresLocation ?? exception.Location),
                    exception.DisplayName,
                    exception.Owner is { } owner ? owner : LocalizedText.Format(nameof(Strings.PolicyNoOwner)),
                    exception.Expires?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            return new LoadedPolicy(evaluation, problems.ToImmutable());
        }

        public LoadedPolicy MultiplePolicies(List<AdditionalText> roots)
        {
            var paths = new List<string>();
            foreach (var root in roots)
            {
                paths.Add(root.Path);
            }

            paths.Sort(StringComparer.Ordinal);

            var message = LocalizedText.Format(nameof(Strings.PolicyMultipleFiles), string.Join(", ", paths));
            var problems = ImmutableArray.CreateBuilder<PolicyProblem>();
            foreach (var root in roots)
            {
                problems.Add(new PolicyProblem(PolicyProblemKind.InvalidPolicy, LocationOf(new PolicyLocation(root.Path, 0, 0)), message));
            }

            return new LoadedPolicy(PolicyEvaluation.Default, problems.ToImmutable());
        }

        private Location LocationOf(PolicyLocation location)
        {
            var text = TextOf(location.Path) ?? SourceText.From(string.Empty);
            var start = Math.Min(Math.Max(location.Start, 0), text.Length);
            var span = new TextSpan(start, Math.Min(Math.Max(location.Length, 0), text.Length - start));
            return Location.Create(location.Path, span, text.Lines.GetLinePositionSpan(span));
        }
    }

    /// <summary>What a combined policy depends on: its files (paths and texts, in chain order) and the date.</summary>
    private sealed class ResultKey
    {
        private readonly string[] _paths;
        private readonly SourceText?[] _texts;
        private readonly string _rejected;

        public ResultKey(PolicyChain chain, FileReader reader, RejectedPolicyFiles rejected, DateTime today)
        {
            _rejected = rejected.Value;
            _paths = new string[chain.Files.Count];
            _texts = new SourceText?[chain.Files.Count];
            for (var i = 0; i < chain.Files.Count; i++)
            {
                _paths[i] = chain.Files[i].Path;
                _texts[i] = reader.TextOf(_paths[i]);
            }

            Today = today;
        }

        public DateTime Today { get; }

        public bool Matches(ResultKey other)
        {
            if (other.Today != Today || other._paths.Length != _paths.Length || !string.Equals(other._rejected, _rejected, StringComparison.Ordinal))
            {
                return false;
            }

            for (var i = 0; i < _paths.Length; i++)
            {
                if (!string.Equals(_paths[i], other._paths[i], StringComparison.Ordinal) || !SameText(_texts[i], other._texts[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool SameText(SourceText? a, SourceText? b)
            => ReferenceEquals(a, b) || (a is not null && b is not null && a.ContentEquals(b));
    }

    /// <summary>The last result computed for one policy text, with the key it was computed for.</summary>
    private sealed class ResultSlot
    {
        private Entry? _last;

        public LoadedPolicy? Get(ResultKey key)
        {
            var last = Volatile.Read(ref _last);
            return last is not null && last.Key.Matches(key) ? last.Value : null;
        }

        public void Set(ResultKey key, LoadedPolicy value) => Volatile.Write(ref _last, new Entry(key, value));

        private sealed class Entry
        {
            public Entry(ResultKey key, LoadedPolicy value)
            {
                Key = key;
                Value = value;
            }

            public ResultKey Key { get; }

            public LoadedPolicy Value { get; }
        }
    }
}
