using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using SovereignAnalyzers.Configuration;
using SovereignAnalyzers.Findings;
using SovereignAnalyzers.Policy;
using SovereignAnalyzers.PolicyLoading;
using SovereignAnalyzers.Reporting;
using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Rules;

/// <summary>
/// SOV0004: a value in a configuration file handed to the compiler as an AdditionalFile
/// (<c>appsettings*.json</c>, <c>local.settings.json</c>, <c>*.config</c>, <c>.env*</c>, or any file the
/// project opts in with the <c>SovereigntyScan</c> item metadata) designates an endpoint of a provider the
/// policy does not allow. Reported at the value's line and column in the file, with the same matching,
/// exceptions and message parts as SOV0001. SOV0006 (info) says when a file is too large to be read.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConfigurationFileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>
    /// <c>&lt;AdditionalFiles Include="x.yaml" SovereigntyScan="true" /&gt;</c> reaches the analyzer under
    /// this key once the metadata is made visible with
    /// <c>&lt;CompilerVisibleItemMetadata Include="AdditionalFiles" MetadataName="SovereigntyScan" /&gt;</c>.
    /// </summary>
    internal const string ScanMetadataKey = "build_metadata.AdditionalFiles.SovereigntyScan";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Descriptors.ConfigurationEndpoint, Descriptors.ConfigurationFileTooLarge);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var evaluation = CompilationPolicy.Get(start.Options, start.CancellationToken);

            // The configuration is the compilation's own: an s3:// URI in it is AWS when the code uses the AWS SDK.
            var providersWithSdk = SdkReferenceNames.ProvidersWithSdk(start.Compilation);
            start.RegisterAdditionalFileAction(c => Analyze(c, evaluation, providersWithSdk));
        });
    }

    private static void Analyze(AdditionalFileAnalysisContext context, PolicyEvaluation evaluation, ICollection<string> providersWithSdk)
    {
        var file = context.AdditionalFile;
        var format = ConfigurationFile.FormatOf(file.Path, OptIn(context.Options, file));
        if (format == ConfigurationFormat.None || file.GetText(context.CancellationToken) is not { } text)
        {
            return;
        }

        if (text.Length > ConfigurationFile.MaxScannedLength)
        {
            context.ReportDiagnostic(Diagnostic.Create(
                Descriptors.ConfigurationFileTooLarge,
                Location.Create(file.Path, default, default),
                ConfigurationFile.FileName(file.Path),
                text.Length.ToString(CultureInfo.InvariantCulture),
                ConfigurationFile.MaxScannedLength.ToString(CultureInfo.InvariantCulture)));
            return;
        }

        // Read whatever characters it holds: a NUL does not make a file named as configuration binary, and
        // skipping it would hide every endpoint after one stray byte.
        var content = text.ToString();
        foreach (var value in ConfigurationFile.ReadValues(format, content))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var findings = EndpointFinding.FindAll(evaluation, value.Text, file.Path, FindingKind.ConfigurationEndpoint, providersWithSdk);
            if (findings is null)
            {
                continue;
            }

            var span = new TextSpan(value.Start, value.Length);
            var location = Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
            var written = content.Substring(value.Start, value.Length);
            foreach (var finding in findings)
            {
                context.ReportDiagnostic(FindingDiagnostic.Create(
                    Descriptors.ConfigurationEndpoint,
                    finding.WrittenAs(written) with { Setting = value.Setting, FileName = ConfigurationFile.FileName(file.Path) },
                    location));
            }
        }
    }

    /// <summary>The file's <c>SovereigntyScan</c> metadata: true, false, or null when absent or not a boolean.</summary>
    private static bool? OptIn(AnalyzerOptions options, AdditionalText file)
        => options.AnalyzerConfigOptionsProvider.GetOptions(file).TryGetValue(ScanMetadataKey, out var value)
           && bool.TryParse(value.Trim(), out var scan)
            ? scan
            : null;
}
