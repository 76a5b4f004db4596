using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.CodeFixes.PolicyEditing;
using SovereignAnalyzers.CodeFixes.Sdk;

namespace SovereignAnalyzers.CodeFixes.Providers;

/// <summary>
/// SOV0002: a client whose target was decided by a literal endpoint gets that host rewritten; an AWS SDK
/// client decided by a region or the SDK's default gets a config pointing it at each allowed
/// AWS-compatible alternative; a Google Cloud client gets the universe domain of an allowed operator of
/// Google Cloud (S3NS); or the provider gets an exception.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(SdkClientCodeFixProvider)), Shared]
public sealed class SdkClientCodeFixProvider : SovereigntyCodeFixProvider
{
    internal override string RuleId => "SOV0002";

    internal override async Task<IReadOnlyList<RewritePlan>> PlanRewritesAsync(TextDocument document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var finding = FindingContract.Read(diagnostic.Properties);
        if (finding.HostStart is not null)
        {
            var hostPlans = await HostRewritePlanner.PlanAsync(RuleId, document, diagnostic, cancellationToken).ConfigureAwait(false);
            return await WithCredentialAuthorityAsync(hostPlans, document, diagnostic, finding, cancellationToken).ConfigureAwait(false);
        }

        var plans = new List<RewritePlan>();
        var targets = QuickFixTargets.Of(finding, ProviderCatalog.BuiltIn);
        if (document is not Document source || targets.Count == 0)
        {
            return plans;
        }

        var text = await source.GetTextAsync(cancellationToken).ConfigureAwait(false);
        if (DiagnosticSpans.Current(diagnostic, text) is not { } span)
        {
            return plans;
        }

        var decidedAt = await DecidingWriteAsync(source.Project.Solution, diagnostic, cancellationToken).ConfigureAwait(false);
        foreach (var alternative in targets)
        {
            if (await RewriteAsync(source, span, decidedAt, finding, alternative, cancellationToken).ConfigureAwait(false) is { } rewritten
                && source.Project.Solution.GetDocument(rewritten.Id) is { } original)
            {
                var changes = await rewritten.GetTextChangesAsync(original, cancellationToken).ConfigureAwait(false);
                plans.Add(new RewritePlan(
                    FixTitles.EquivalenceKey(RuleId, alternative),
                    FixTitles.UseAlternativeForClient(finding.Client.Length > 0 ? finding.Client : "client", alternative, finding.ServiceKind),
                    rewritten.Id,
                    changes.ToImmutableArray()));
            }
        }

        return plans;
    }

    /// <summary>
    /// A client whose host moves to a provider for which the SDK catalog names a sign-in authority
    /// (<c>authorityHosts</c>: Bleu's) has the credential it is created with moved there too, in the same action.
    /// </summary>
    private async Task<IReadOnlyList<RewritePlan>> WithCredentialAuthorityAsync(IReadOnlyList<RewritePlan> plans, TextDocument document, Diagnostic diagnostic, FindingContract finding, CancellationToken cancellationToken)
    {
        var family = SdkCatalog.BuiltIn.Families.FirstOrDefault(f => f.Id == finding.SdkFamily);
        if (plans.Count == 0 || family is null || family.AuthorityHosts.Count == 0 || document is not Document source
            || DiagnosticSpans.Current(diagnostic, await source.GetTextAsync(cancellationToken).ConfigureAwait(false)) is not { } span)
        {
            return plans;
        }

        var result = new List<RewritePlan>();
        foreach (var plan in plans)
        {
            var alternative = QuickFixTargets.Of(finding, ProviderCatalog.BuiltIn).FirstOrDefault(a => FixTitles.EquivalenceKey(RuleId, a) == plan.EquivalenceKey);
            if (alternative is not null && family.AuthorityHosts.TryGetValue(alternative.ProviderId, out var member)
                && await CredentialAuthorityRewriter.RewriteAsync(source, span, member, cancellationToken).ConfigureAwait(false) is { } rewritten)
            {
                var credentialChanges = await rewritten.GetTextChangesAsync(source, cancellationToken).ConfigureAwait(false);
                result.Add(new RewritePlan(plan.EquivalenceKey, plan.Title, plan.DocumentId, plan.Changes.AddRange(credentialChanges)));
            }
            else
            {
                result.Add(plan);
            }
        }

        return result;
    }

    /// <summary>The expression that decided the client's target (the diagnostic's first additional location), where it is now.</summary>
    private static async Task<DecidingWrite?> DecidingWriteAsync(Solution solution, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        if (diagnostic.AdditionalLocations.Count == 0 || diagnostic.AdditionalLocations[0] is not { SourceTree: { } tree } location)
        {
            return null;
        }

        var document = solution.GetDocument(tree)
            ?? solution.Projects.SelectMany(p => p.Documents).FirstOrDefault(d => d.FilePath is not null && d.FilePath == tree.FilePath);
        if (document is null)
        {
            return null;
        }

        var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
        return DiagnosticSpans.Current(location, text) is { } span ? new DecidingWrite(document, span) : null;
    }

    private static async Task<Document?> RewriteAsync(Document document, TextSpan span, DecidingWrite? decidedAt, FindingContract finding, AlternativeEndpointEntry alternative, CancellationToken cancellationToken)
    {
        if (finding.SdkFamily == QuickFixTargets.GoogleCloudFamily)
        {
            return QuickFixTargets.UniverseDomainOf(alternative.Endpoint) is { } universe
                ? await GoogleClientRewriter.RewriteAsync(document, span, universe, cancellationToken).ConfigureAwait(false)
                : null;
        }

        // A client created with `new`, else a dependency-injection registration given its own options.
        var pathStyle = AddressingStyle.IsPathStyleOnly(ProviderCatalog.BuiltIn, alternative.ProviderId, finding.ServiceKind);
        return await AwsClientRewriter.RewriteAsync(document, span, decidedAt, alternative.Endpoint, pathStyle, cancellationToken).ConfigureAwait(false)
            ?? await AwsOptionsRewriter.RewriteAsync(document, span, alternative.Endpoint, pathStyle, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A client is excepted by its provider: the host is often not written anywhere (a region, the default).</summary>
    internal override ExceptionRequest? ExceptionFor(FindingContract finding)
        => finding.ProviderId.Length > 0 ? ExceptionRequest.ForProvider(finding.ProviderId) : base.ExceptionFor(finding);
}
