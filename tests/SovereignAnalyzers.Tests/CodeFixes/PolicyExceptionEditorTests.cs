using SovereignAnalyzers.CodeFixes.PolicyEditing;
using SovereignAnalyzers.Policy;

namespace SovereignAnalyzers.Tests.CodeFixes;

/// <summary>Adding exceptions to sovereignty.json as text: nothing else in the file changes.</summary>
public sealed class PolicyExceptionEditorTests
{
    private static readonly DateTime Today = new(2026, 12, 4);

    [Fact]
    public void An_absent_policy_is_created_with_its_schema_and_the_exception()
    {
        var text = PolicyExceptionEditor.AddExceptions(null, new[] { ExceptionRequest.ForHost("hopital-archive.blob.core.windows.net") }, Today);

        Assert.Equal("""
            {
              "$schema": "https://raw.githubusercontent.com/SovereignAnalyzers/SovereignAnalyzers/main/docs/sovereignty.schema.json",
              "exceptions": [
                {
                  "host": "hopital-archive.blob.core.windows.net",
                  "justification": "",
                  "owner": "",
                  "expires": "2027-12-04"
                }
              ]
            }

            """.ReplaceLineEndings("\n"), text);
    }

    [Fact]
    public void Comments_and_formatting_of_an_existing_policy_are_kept()
    {
        const string policy = """
            {
              // Doctrine "cloud au centre".
              "requiredQualifications": ["secnumcloud"],
              "exceptions": [
                {
                  "provider": "sentry",
                  "justification": "no personal data (DPO decision 2026-03)"
                } // reviewed yearly
              ]
            }
            """;

        var text = PolicyExceptionEditor.AddExceptions(policy, new[] { ExceptionRequest.ForHost("s3.eu-west-3.amazonaws.com") }, Today);

        Assert.Equal("""
            {
              // Doctrine "cloud au centre".
              "requiredQualifications": ["secnumcloud"],
              "exceptions": [
                {
                  "provider": "sentry",
                  "justification": "no personal data (DPO decision 2026-03)"
                }, // reviewed yearly
                {
                  "host": "s3.eu-west-3.amazonaws.com",
                  "justification": "",
                  "owner": "",
                  "expires": "2027-12-04"
                }
              ]
            }
            """, text);
    }

    [Fact]
    public void A_policy_without_exceptions_gets_the_member_after_its_last_one()
    {
        const string policy = "{\r\n    // strict\r\n    \"allowLicensedTechnology\": false\r\n}\r\n";

        var text = PolicyExceptionEditor.AddExceptions(policy, new[] { ExceptionRequest.ForProvider("aws") }, Today);

        Assert.Equal(
            "{\r\n    // strict\r\n    \"allowLicensedTechnology\": false,\r\n    \"exceptions\": [\r\n        {\r\n            \"provider\": \"aws\",\r\n"
            + "            \"justification\": \"\",\r\n            \"owner\": \"\",\r\n            \"expires\": \"2027-12-04\"\r\n        }\r\n    ]\r\n}\r\n",
            text);
    }

    [Fact]
    public void An_empty_object_and_an_empty_array_are_filled()
    {
        var fromObject = PolicyExceptionEditor.AddExceptions("{}", new[] { ExceptionRequest.ForHost("a.example") }, Today);
        var fromArray = PolicyExceptionEditor.AddExceptions("{\n  \"exceptions\": []\n}\n", new[] { ExceptionRequest.ForHost("a.example") }, Today);

        Assert.Empty(PolicyReader.Parse(fromObject!).Errors.Where(e => !IsPlaceholderError(fromObject!, e)));
        Assert.Equal("{\n  \"exceptions\": [\n    {\n      \"host\": \"a.example\",\n      \"justification\": \"\",\n      \"owner\": \"\",\n      \"expires\": \"2027-12-04\"\n    }\n  ]\n}\n", fromArray);
    }

    [Fact]
    public void A_trailing_comma_is_reused_rather_than_doubled()
    {
        const string policy = "{\n  \"exceptions\": [\n    { \"provider\": \"sentry\", \"justification\": \"ok\" },\n  ],\n}\n";

        var text = PolicyExceptionEditor.AddExceptions(policy, new[] { ExceptionRequest.ForHost("a.example") }, Today)!;

        Assert.Contains("\"justification\": \"ok\" },\n    {\n      \"host\": \"a.example\",", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",,", text, StringComparison.Ordinal);
        Assert.Equal(2, PolicyReader.Parse(text).Errors.Count); // only the placeholders
    }

    [Fact]
    public void The_same_host_is_never_added_twice_and_Fix_All_adds_one_entry_per_distinct_host()
    {
        var requests = new[]
        {
            ExceptionRequest.ForHost("a.example"),
            ExceptionRequest.ForHost("A.EXAMPLE."),
            ExceptionRequest.ForHost("b.example"),
        };

        var once = PolicyExceptionEditor.AddExceptions("{}", requests, Today)!;
        var twice = PolicyExceptionEditor.AddExceptions(once, requests, Today);

        Assert.Equal(once, twice);
        Assert.Equal(1, Count(once, "\"a.example\""));
        Assert.Equal(1, Count(once, "\"b.example\""));
    }

    [Fact]
    public void A_provider_exception_limited_to_a_host_does_not_count_as_the_providers_exception()
    {
        const string policy = "{ \"exceptions\": [ { \"provider\": \"aws\", \"host\": \"s3.amazonaws.com\", \"justification\": \"x\" } ] }";

        var text = PolicyExceptionEditor.AddExceptions(policy, new[] { ExceptionRequest.ForProvider("aws") }, Today)!;

        Assert.Equal(2, Count(text, "\"provider\": \"aws\"") + Count(text, "\"provider\":\"aws\""));
    }

    [Theory]
    [InlineData("{ \"exceptions\": ")] // not JSON
    [InlineData("[]")] // not an object
    [InlineData("{ \"exceptions\": {} }")] // not an array
    public void A_policy_that_cannot_be_edited_safely_is_left_alone(string policy)
        => Assert.Null(PolicyExceptionEditor.AddExceptions(policy, new[] { ExceptionRequest.ForHost("a.example") }, Today));

    [Fact]
    public void The_placeholders_are_reported_by_the_policy_check_until_someone_fills_them_in()
    {
        var text = PolicyExceptionEditor.AddExceptions(null, new[] { ExceptionRequest.ForHost("a.example") }, Today)!;

        var errors = PolicyReader.Parse(text).Errors;
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.True(IsPlaceholderError(text, e), text.Substring(e.Start, Math.Max(e.Length, 1))));

        var filled = text.Replace("\"justification\": \"\"", "\"justification\": \"ticket 42\"", StringComparison.Ordinal)
            .Replace("\"owner\": \"\"", "\"owner\": \"rssi@example.fr\"", StringComparison.Ordinal);
        Assert.Empty(PolicyReader.Parse(filled).Errors);
    }

    private static bool IsPlaceholderError(string text, Located<Resources.LocalizedText> error)
        => text.Substring(error.Start, 2) == "\"\"";

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
