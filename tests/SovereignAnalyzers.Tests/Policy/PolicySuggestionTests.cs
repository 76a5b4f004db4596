using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>
/// "Did you mean" compares an unknown provider id with every known one: only the first 32 unknown ids of a
/// policy get a suggestion, so that a policy of N unknown ids and N custom providers stays linear. Every
/// unknown id is still reported.
/// </summary>
public class PolicySuggestionTests
{
    [Fact]
    public void The_first_32_unknown_ids_get_a_suggestion_and_every_one_is_reported()
    {
        var typos = "abcdefghijklmnopqrstuvwxyz0123456789".Select(c => "aws" + c).ToList();
        var policy = "{ \"allow\": [" + string.Join(", ", typos.Select(t => $"\"{t}\"")) + "] }";

        var messages = CompilationPolicy.Load(ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("sovereignty.json", policy)), CancellationToken.None)
            .Diagnostics
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(d => d.GetMessage())
            .ToList();

        Assert.Equal(typos.Count, messages.Count);
        Assert.All(messages.Take(32).Zip(typos), p => Assert.StartsWith($"Unknown provider id '{p.Second}': did you mean 'aws'?", p.First, StringComparison.Ordinal));
        Assert.All(messages.Skip(32).Zip(typos.Skip(32)), p => Assert.StartsWith($"Unknown provider id '{p.Second}': expected an id from the catalog", p.First, StringComparison.Ordinal));
    }
}
