using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using SovereignAnalyzers.Catalog;
using SovereignAnalyzers.Cli.CommandLine;
using SovereignAnalyzers.Cli.Resources;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Cli.Commands;

/// <summary><c>sovereign policy init</c>: a commented sovereignty.json, from a preset.</summary>
internal static class PolicyInitCommand
{
    public const string SchemaUri = "https://raw.githubusercontent.com/SovereignAnalyzers/SovereignAnalyzers/main/docs/sovereignty.schema.json";

    public static Command Create()
    {
        var preset = new Option<string>("--preset") { Description = Text.Get(nameof(CliStrings.OptPreset)), DefaultValueFactory = _ => "default" };
        preset.AcceptOnlyFromAmong("default", "secnumcloud", "eu-only", "us-cn-free");
        var force = new Option<bool>("--force") { Description = Text.Get(nameof(CliStrings.OptForce)) };
        var output = new Option<string>("--output", "-o") { Description = Text.Get(nameof(CliStrings.OptPolicyOutput)), DefaultValueFactory = _ => PolicyReader.FileName };
        var init = new Command("init", Text.Get(nameof(CliStrings.CmdPolicyInit))) { preset, force, output };
        init.SetAction(result => Run(result.GetValue(preset)!, result.GetValue(force), result.GetValue(output)!));
        Examples.Add(init, "sovereign policy init", "sovereign policy init --preset secnumcloud", "sovereign policy init --preset us-cn-free --output ../sovereignty.json --force");

        var policy = new Command("policy", Text.Get(nameof(CliStrings.CmdPolicy))) { init };
        Examples.Add(policy, "sovereign policy init --preset eu-only");
        return policy;
    }

    private static int Run(string preset, bool force, string output)
    {
        var path = Path.GetFullPath(Directory.Exists(output) ? Path.Combine(output, PolicyReader.FileName) : output);
        if (File.Exists(path) && !force)
        {
            Output.Error(Text.Format(nameof(CliStrings.ErrorPolicyExists), path));
            return ExitCodes.UsageOrLoadError;
        }

        Output.Write(path, Render(preset, ProviderCatalog.BuiltIn));
        Output.Error(Text.Format(nameof(CliStrings.Written), path));
        return ExitCodes.Success;
    }

    /// <summary>The policy text of a preset; every id comes from the catalog, so the analyzers accept it.</summary>
    public static string Render(string preset, ProviderCatalog catalog)
    {
        string Ids(Func<Law, bool> which)
            => string.Join(", ", catalog.Laws.Values.Where(which).Select(l => "\"" + l.Id + "\"").OrderBy(s => s, StringComparer.Ordinal));
        bool NonEu(Law law) => catalog.Jurisdictions.TryGetValue(law.Jurisdiction, out var j) ? !j.IsEu : true;

        var json = new StringBuilder();
        json.Append("{\n  \"$schema\": \"").Append(SchemaUri).Append("\",\n");
        json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentIntro))).Append('\n');
        json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentDocs))).Append('\n');
        switch (preset)
        {
            case "secnumcloud":
                json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentSecNumCloud))).Append('\n');
                json.Append("  \"requiredQualifications\": [\"secnumcloud\"],\n");
                json.Append("  \"allowLicensedTechnology\": true,\n");
                break;
            case "eu-only":
                json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentEuOnly))).Append('\n');
                json.Append("  \"forbiddenLaws\": [").Append(Ids(NonEu)).Append("],\n");
                json.Append("  \"allowLicensedTechnology\": false,\n");
                break;
            case "us-cn-free":
                json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentUsCnFree))).Append('\n');
                json.Append("  \"forbiddenLaws\": [").Append(Ids(l => l.Jurisdiction is "US" or "CN")).Append("],\n");
                break;
            default:
                json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentDefault))).Append('\n');
                json.Append("  // \"forbiddenLaws\": [").Append(Ids(NonEu)).Append("],\n");
                json.Append("  // \"requiredQualifications\": [\"secnumcloud\"],\n");
                break;
        }

        json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentAllowDeny))).Append('\n');
        json.Append("  \"allow\": [],\n  \"deny\": [],\n");
        json.Append("  // ").Append(Text.Get(nameof(CliStrings.PolicyCommentExceptions))).Append('\n');
        json.Append("  \"exceptions\": []\n}\n");
        return json.ToString();
    }
}
