using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace SovereignAnalyzers.Cli.Loading;

/// <summary>What the analyzers need of one project, built from a loaded project or from its files alone.</summary>
internal sealed record ProjectInput(
    Compilation Compilation,
    ImmutableArray<AdditionalText> AdditionalFiles,
    AnalyzerConfigOptionsProvider Options,
    IReadOnlyList<string> Notes);
