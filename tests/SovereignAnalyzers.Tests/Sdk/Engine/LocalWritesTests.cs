using SovereignAnalyzers.Sdk;

namespace SovereignAnalyzers.Tests.Sdk.Engine;

/// <summary>Which write of a local, before a decision point, gives its value; writes that cannot be followed give none.</summary>
public class LocalWritesTests
{
    private const string Source = """
        using System.Collections.Generic;

        class Decision { }
        class Settings { public string Url { get; set; } }

        class C
        {
            static void Change(ref string value) { }
            static void Bind(Settings settings) { }

            void M(bool flag)
            {
                var assigned = "first";
                assigned = "second";
                var byRef = "kept";
                Change(ref byRef);
                var compound = "a";
                compound += "b";
                string branched;
                if (flag)
                {
                    branched = "when-true";
                }
                else
                {
                    branched = "when-false";
                }

                var settings = new Settings();
                settings = new Settings { Url = "whole" };
                settings.Url = "member";
                Bind(settings);
                Settings declaredOnly;
                foreach (var each in new[] { "x", "y" })
                {
                    var decision = new Decision();
                }

                assigned = "after";
                var later = new Settings();
            }
        }
        """;

    private static readonly Lazy<Task<EngineSource>> Compiled = new(() => EngineSource.CompileAsync(Source));

    private static async Task<(EngineSource Source, LocalWrites Writes)> WritesAsync()
    {
        var source = await Compiled.Value;
        return (source, new LocalWrites(source.Creation("Decision")));
    }

    [Fact]
    public async Task The_last_write_before_the_decision_gives_the_value()
    {
        var (source, writes) = await WritesAsync();
        var write = writes.LastWrite(source.Local("assigned"), out var eachOf);
        Assert.Equal("\"second\"", EngineSource.TextOf(write));
        Assert.False(eachOf);
        Assert.Null(writes.EnclosingBranch(write!));
    }

    [Theory]
    [InlineData("byRef")]
    [InlineData("compound")]
    public async Task A_ref_argument_or_a_compound_assignment_is_not_followed(string local)
    {
        var (source, writes) = await WritesAsync();
        Assert.Null(writes.LastWrite(source.Local(local), out _));
    }

    [Fact]
    public async Task A_foreach_variable_takes_each_element_of_its_collection()
    {
        var (source, writes) = await WritesAsync();
        var write = writes.LastWrite(source.Local("each"), out var eachOf);
        Assert.True(eachOf);
        Assert.Equal("new[] { \"x\", \"y\" }", EngineSource.TextOf(write));
    }

    [Fact]
    public async Task A_write_in_one_branch_of_an_if_finds_the_if()
    {
        var (source, writes) = await WritesAsync();
        var write = writes.LastWrite(source.Local("branched"), out _);
        Assert.Equal("\"when-false\"", EngineSource.TextOf(write));
        var branching = writes.EnclosingBranch(write!);
        Assert.NotNull(branching);
        Assert.Equal("flag", EngineSource.TextOf(branching!.Condition));
    }

    [Fact]
    public async Task An_object_history_starts_at_its_last_whole_assignment_and_keeps_the_writes_and_calls_after_it()
    {
        var (source, writes) = await WritesAsync();
        Assert.True(writes.ObjectHistory(source.Local("settings"), out var whole, out var after));
        Assert.Equal("new Settings { Url = \"whole\" }", EngineSource.TextOf(whole));
        Assert.Equal(new[] { "settings.Url = \"member\"", "Bind(settings)" }, after.Select(EngineSource.TextOf));
    }

    [Fact]
    public async Task A_local_declared_without_value_has_an_empty_history()
    {
        var (source, writes) = await WritesAsync();
        Assert.True(writes.ObjectHistory(source.Local("declaredOnly"), out var whole, out var after));
        Assert.Null(whole);
        Assert.Empty(after);
    }

    [Fact]
    public async Task A_local_declared_after_the_decision_has_no_history()
    {
        var (source, writes) = await WritesAsync();
        Assert.False(writes.ObjectHistory(source.Local("later"), out _, out _));
        Assert.Null(writes.LastWrite(source.Local("later"), out _));
    }
}
