using System.Diagnostics;
using System.Text;
using Microsoft.Build.Framework;

namespace SovereignAnalyzers.Tests.Packaging;

/// <summary>
/// The package's <c>extends</c> follower (nuget/build/SovereignAnalyzers.PolicyChain.cs, compiled by MSBuild in a
/// user's build and here by the test project) on hostile policies: only regular <c>*.json</c> files of at most
/// 1 MiB that hold a JSON object are read and returned; it never blocks on a device or a pipe, never throws,
/// and names what it refused. The build itself is tested in EndToEnd/PolicyChainPackageTests.
/// </summary>
public sealed class PolicyChainFollowerTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "sovereign-chain-" + Guid.NewGuid().ToString("N")[..12]);

    public PolicyChainFollowerTests()
    {
        Directory.CreateDirectory(root);
        Write("big.json", "{\"a\": \"" + new string('x', 1024 * 1024) + "\"}");
        Write("list.json", "[ { \"allow\": [] } ]");
        Write("empty.json", string.Empty);
        Write("notes.txt", "{ }");
        Directory.CreateDirectory(Path.Combine(root, "folder.json"));
        if (!OperatingSystem.IsWindows())
        {
            using var mkfifo = Process.Start("mkfifo", Path.Combine(root, "pipe.json"))!;
            mkfifo.WaitForExit();
        }
    }

    public void Dispose() => Directory.Delete(root, recursive: true);

    public static TheoryData<string, string> HostileTargets()
    {
        var data = new TheoryData<string, string>
        {
            { ".", "folder" },
            { "folder.json", "folder" },
            { "big.json", "tooLarge" },
            { "list.json", "notObject" },
            { "empty.json", "notRegular" },
            { "notes.txt", "extension" },
        };
        if (!OperatingSystem.IsWindows())
        {
            data.Add("/dev/zero", "extension");
            data.Add("/dev/stdin", "extension");
            data.Add(string.Concat(Enumerable.Repeat("../", 40)) + "etc/passwd", "extension");
            data.Add("pipe.json", "notRegular");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileTargets))]
    public void A_target_that_is_not_a_policy_file_is_refused_and_named(string target, string reason)
    {
        var policy = Write("sovereignty.json", $$"""{ "extends": {{System.Text.Json.JsonSerializer.Serialize(target)}} }""");

        var (rootReason, bases, rejected) = Follow(policy);

        Assert.Equal(string.Empty, rootReason);
        Assert.Empty(bases);
        Assert.Equal([$"{reason}*{Path.GetFullPath(Path.Combine(root, target))}"], rejected);
    }

    [Fact]
    public void An_extends_in_a_comment_a_string_or_a_nested_object_is_not_followed()
    {
        Write("base.json", """{ "allow": ["aws"] }""");
        var policy = Write("sovereignty.json", """
            {
              // "extends": "base.json",
              /* "extends": "base.json", */
              "providers": [ { "id": "x", "extends": "base.json" } ],
              "allow": ["\"extends\": \"base.json\""],
              "deny": { "extends": "base.json" }
            }
            """);

        var (rootReason, bases, rejected) = Follow(policy);

        Assert.Equal(string.Empty, rootReason);
        Assert.Empty(bases);
        Assert.Empty(rejected);
    }

    [Fact]
    public void A_chain_is_followed_with_escapes_comments_and_a_cycle_that_ends()
    {
        var org = Write("shared/org.json", """{ "extends": "..\/top.json" /* "extends": "decoy.json" */ }""");
        var top = Write("top.json", """{ "extends": "sovereignty.json", "allow": ["aws"] }""");
        var policy = Write("sovereignty.json", """
            {
              "allow": ["ovhcloud"], // "extends": "decoy.json"
              "extends": "\u0073hared\/org.json"
            }
            """);

        var (rootReason, bases, rejected) = Follow(policy);

        Assert.Equal(string.Empty, rootReason);
        Assert.Equal([org, top], bases);
        Assert.Empty(rejected);
    }

    [Fact]
    public void A_missing_target_ends_the_chain_without_a_rejection()
    {
        var policy = Write("sovereignty.json", """{ "extends": "missing.json" }""");

        var (rootReason, bases, rejected) = Follow(policy);

        Assert.Equal(string.Empty, rootReason);
        Assert.Empty(bases);
        Assert.Empty(rejected);
    }

    [Theory]
    [InlineData("folder.json", "folder")]
    [InlineData("notes.txt", "extension")]
    [InlineData("big.json", "tooLarge")]
    [InlineData("list.json", "notObject")]
    public void A_policy_that_is_not_a_policy_file_is_named_as_such(string name, string reason)
    {
        var (rootReason, bases, rejected) = Follow(Path.Combine(root, name));

        Assert.Equal(reason, rootReason);
        Assert.Empty(bases);
        Assert.Empty(rejected);
    }

    [Fact]
    public void A_policy_of_1_MiB_full_of_decoys_is_read_to_its_real_extends()
    {
        var text = new StringBuilder("{");
        while (text.Length < (1024 * 1024) - 64)
        {
            text.Append("\"k\":\"\\\"extends\\\"\",/*\"extends\"*/");
        }

        text.Append("\"extends\":\"base.json\"}");
        Write("base.json", "{}");
        var policy = Write("sovereignty.json", text.ToString());

        var (_, bases, _) = Follow(policy);

        Assert.Equal([Path.Combine(root, "base.json")], bases);
    }

    private static (string RootReason, List<string> Bases, List<string> Rejected) Follow(string policy)
    {
        var bases = new List<ITaskItem>();
        var rejected = new List<string>();
        var reason = SovereigntyFollowPolicyExtends.Follow(policy, bases, rejected);
        return (reason, bases.Select(b => b.ItemSpec).ToList(), rejected);
    }

    private string Write(string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }
}
