using Microsoft.CodeAnalysis.Testing;
using static SovereignAnalyzers.Tests.Verifiers.PolicyVerifier;

namespace SovereignAnalyzers.Tests.Policy;

/// <summary>SOV0900: each kind of mistake, reported at its exact place in the policy file, saying what is wrong and what is expected.</summary>
public class InvalidPolicyTests
{
    public static TheoryData<string, string[]> Mistakes => new()
    {
        // Syntax
        {
            """{ "allow": [ {|#0:}|} """,
            new[] { "The policy is not valid JSON: Unexpected '}'; expected a JSON value (object, array, string, number, true, false or null)." }
        },
        {
            """{ "allow": ["aws"] {|#0:"|}deny": [] }""",
            new[] { "The policy is not valid JSON: Expected ',' or '}' in the object, found '\"'." }
        },
        {
            "{|#0:|}",
            new[] { "The policy is not valid JSON: The document is empty; a JSON value was expected." }
        },
        {
            """{|#0:["aws"]|}""",
            new[] { """The policy must be a JSON object such as { "forbiddenLaws": ["us-cloud-act"] }, found an array.""" }
        },

        // Keys
        {
            """{ {|#0:"alow"|}: ["aws"] }""",
            new[] { "Unknown key 'alow' in the policy: did you mean 'allow'?" }
        },
        {
            """{ {|#0:"Deny"|}: ["aws"] }""",
            new[] { "Unknown key 'Deny' in the policy: did you mean 'deny'?" }
        },
        {
            """{ {|#0:"colour"|}: "blue" }""",
            new[] { "Unknown key 'colour' in the policy: expected one of $schema, extends, forbiddenLaws, requiredQualifications, allowLicensedTechnology, allow, deny, exceptions, providers, alternatives." }
        },
        {
            """{ "deny": ["aws"], {|#0:"deny"|}: [] }""",
            new[] { "Key 'deny' appears more than once in the policy; expected it once (JSON readers disagree on which value wins)." }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", {|#0:"expire"|}: "2027-01-01" } ] }""",
            new[] { "Unknown key 'expire' in exceptions[0]: did you mean 'expires'?" }
        },

        // Types
        {
            """{ "allow": {|#0:"aws"|} }""",
            new[] { """'allow' must be an array of provider ids, e.g. ["ovhcloud"], found a string.""" }
        },
        {
            """{ "deny": ["aws", {|#0:42|}] }""",
            new[] { """'deny[1]' must be an array of provider ids, e.g. ["ovhcloud"], found a number.""" }
        },
        {
            """{ "allowLicensedTechnology": {|#0:"no"|} }""",
            new[] { "'allowLicensedTechnology' must be true or false, found a string." }
        },
        {
            """{ "forbiddenLaws": {|#0:null|} }""",
            new[] { """'forbiddenLaws' must be an array of law ids, e.g. ["us-cloud-act"], found null.""" }
        },
        {
            """{ "requiredQualifications": {|#0:{}|} }""",
            new[] { """'requiredQualifications' must be an array of qualification ids, e.g. ["secnumcloud"], found an object.""" }
        },
        {
            """{ "exceptions": {|#0:{}|} }""",
            new[] { "'exceptions' must be an array of exception objects, found an object." }
        },
        {
            """{ "exceptions": [ {|#0:"aws"|} ] }""",
            new[] { """'exceptions[0]' must be an object such as { "provider": "azure", "justification": "ticket 42" }, found a string.""" }
        },
        {
            """{ "extends": {|#0:""|} }""",
            new[] { """'extends' must not be empty; expected the path of a base policy, relative to this file's folder, e.g. "../policies/organisation.json".""" }
        },
        {
            """{ "$schema": {|#0:1|} }""",
            new[] { "'$schema' must be a string, found a number." }
        },

        // Ids
        {
            """{ "allow": [{|#0:"awss"|}] }""",
            new[] { "Unknown provider id 'awss': did you mean 'aws'?" }
        },
        {
            """{ "deny": [{|#0:"nimbus-of-doom"|}] }""",
            new[] { "Unknown provider id 'nimbus-of-doom': expected an id from the catalog (docs/providers.md) or from 'providers' in this policy or a policy it extends." }
        },
        {
            """{ "forbiddenLaws": [{|#0:"us-cloud-ac"|}] }""",
            new[] { "Unknown law id 'us-cloud-ac': did you mean 'us-cloud-act'?" }
        },
        {
            """{ "allow": ["aws"], "deny": [{|#0:"aws"|}] }""",
            new[] { "'aws' is in both 'allow' and 'deny'; expected each provider in at most one of them." }
        },

        // Exceptions
        {
            """{ "exceptions": [ {|#0:{|} "provider": "aws" } ] }""",
            new[] { "exceptions[0] has no 'justification'; expected a text saying why the dependency is accepted, e.g. with a ticket number." }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": {|#0:"  "|} } ] }""",
            new[] { "'exceptions[0].justification' must not be empty; expected a text saying why the dependency is accepted, e.g. with a ticket number." }
        },
        {
            """{ "exceptions": [ {|#0:{|} "paths": ["src/**"], "justification": "ticket 42" } ] }""",
            new[] { """exceptions[0] names neither 'host' nor 'provider'; expected at least one of them, e.g. "provider": "azure".""" }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", "expires": {|#0:"2027-02-30"|} } ] }""",
            new[] { """'2027-02-30' is not a date; expected yyyy-MM-dd, e.g. "2027-06-30".""" }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", "expires": {|#0:"30/06/2027"|} } ] }""",
            new[] { """'30/06/2027' is not a date; expected yyyy-MM-dd, e.g. "2027-06-30".""" }
        },
        {
            """{ "exceptions": [ { "host": {|#0:"https://archive.example/x"|}, "justification": "x" } ] }""",
            new[] { """'https://archive.example/x' is not a host name; expected a host such as "acme-cloud.example" (no scheme, path or port).""" }
        },
        {
            """{ "exceptions": [ { "provider": {|#0:"amazon"|}, "justification": "x" } ] }""",
            new[] { "Unknown provider id 'amazon': expected an id from the catalog (docs/providers.md) or from 'providers' in this policy or a policy it extends." }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "paths": [{|#0:""|}], "justification": "x" } ] }""",
            new[] { """'exceptions[0].paths[0]' must not be empty; expected an array of file globs relative to the policy's folder, e.g. ["src/Legacy/**"].""" }
        },

        // Custom providers
        {
            """{ "providers": [ {|#0:{|} "name": "ACME Cloud", "jurisdiction": "US" } ] }""",
            new[] { """providers[0] has no 'id'; expected a lowercase id such as "acme-cloud".""" }
        },
        {
            """{ "providers": [ { "id": {|#0:"ACME"|}, "name": "ACME Cloud", "jurisdiction": "US" } ] }""",
            new[] { """'ACME' is not a valid provider id; expected lowercase letters, digits and single '-', e.g. "acme-cloud".""" }
        },
        {
            """
            { "providers": [
                { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US" },
                { "id": {|#0:"acme"|}, "name": "ACME Cloud 2", "jurisdiction": "US" } ] }
            """,
            new[] { "Provider 'acme' is declared more than once in 'providers'; expected each id once." }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": {|#0:"XX"|} } ] }""",
            new[] { "Unknown jurisdiction 'XX': expected one of CH, CN, DE, EU, FR, US." }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "laws": [{|#0:"cloud-act"|}] } ] }""",
            new[] { "Unknown law id 'cloud-act': did you mean 'us-cloud-act'?" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "hosts": [{|#0:"acme cloud"|}] } ] }""",
            new[] { """'acme cloud' is not a host name; expected a host such as "acme-cloud.example" (no scheme, path or port).""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "namespaces": [{|#0:"Acme..Cloud"|}] } ] }""",
            new[] { """'Acme..Cloud' is not a namespace; expected dot-separated C# identifiers such as "Acme.Cloud".""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ { "kind": "queue", "hosts": [{|#0:"queue.{region}"|}] } ] } ] }""",
            new[] { """'queue.{region}' is not a host pattern. Expected dotted labels ending with a literal domain, where a label may be '*' or hold one '{region}', e.g. "s3.{region}.acme-cloud.example".""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ {|#0:{|} "kind": "queue" } ] } ] }""",
            new[] { """providers[0].services[0] has no 'hosts'; expected an array of host patterns, e.g. ["s3.{region}.acme-cloud.example"].""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme.example"], "api": {|#0:"s4"|} } ] } ] }""",
            new[] { "Unknown API 's4': did you mean 's3'?" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ { "kind": "object-storage", "hosts": ["files.acme.example"], "api": {|#0:"webdav"|} } ] } ] }""",
            new[] { "Unknown API 'webdav': expected one of azure-blob, gcs, s3." }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme.example"], "api": {|#0:["s3"]|} } ] } ] }""",
            new[] { """'providers[0].services[0].api' must be the API the service speaks, one the catalog knows such as "s3", found an array.""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", "services": [ { "kind": "object-storage-s3", "hosts": ["s3.acme.example"], "endpoint": {|#0:"s3.acme.example"|} } ] } ] }""",
            new[] { """'s3.acme.example' is not an endpoint URL. Expected an absolute http or https URL where '{region}' may stand for the region, e.g. "https://s3.{region}.acme-cloud.example".""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME Cloud", "jurisdiction": "US", {|#0:"host"|}: ["acme-cloud.example"] } ] }""",
            new[] { "Unknown key 'host' in providers[0]: did you mean 'hosts'?" }
        },

        // Alternatives
        {
            """{ "alternatives": {|#0:["outscale"]|} }""",
            new[] { """'alternatives' must be an object mapping a service kind to an array of provider ids, e.g. { "object-storage-s3": ["outscale"] }, found an array.""" }
        },
        {
            """{ "alternatives": { {|#0:"object-storage-s4"|}: ["aws"] } }""",
            new[] { "Unknown service kind 'object-storage-s4': did you mean 'object-storage-s3'?" }
        },
        {
            """{ "alternatives": { "object-storage-s3": [{|#0:"aws2"|}] } }""",
            new[] { "Unknown provider id 'aws2': did you mean 'aws'?" }
        },
        {
            """{ "alternatives": { "object-storage-s3": [{|#0:7|}] } }""",
            new[] { """'alternatives.object-storage-s3[0]' must be a provider id or an object { "provider": "outscale", "region": "cloudgouv-eu-west-1" }, found a number.""" }
        },

        {
            """{ "requiredQualifications": [{|#0:"secnumclod"|}] }""",
            new[] { "Unknown qualification id 'secnumclod': did you mean 'secnumcloud'?" }
        },
        {
            """{ "requiredQualifications": [{|#0:"iso-27001"|}] }""",
            new[] { "Unknown qualification id 'iso-27001': expected one of c5, eucs-high, hds, secnumcloud." }
        },
        {
            """{ "alternatives": { "object-storage-s3": [ { "provider": "outscale", "region": {|#0:"eu-west-9"|} } ] } }""",
            new[] { "Unknown region 'eu-west-9' for 'outscale': did you mean 'eu-west-2'?" }
        },
        {
            """{ "alternatives": { "object-storage-s3": [ {|#0:{|} "region": "eu-west-2" } ] } }""",
            new[] { """alternatives.object-storage-s3[0] has no 'provider'; expected a provider id, e.g. "ovhcloud".""" }
        },
        {
            """{ "alternatives": { "compute": ["outscale"], {|#0:"compute"|}: ["ovhcloud"] } }""",
            new[] { "Key 'compute' appears more than once in alternatives; expected it once (JSON readers disagree on which value wins)." }
        },
        {
            """{ "alternatives": { {|#0:""|}: ["outscale"] } }""",
            new[] { """'alternatives.' must not be empty; expected a service kind such as "object-storage-s3".""" }
        },
        {
            """{ "providers": {|#0:{ "id": "acme" }|} }""",
            new[] { "'providers' must be an array of provider objects, found an object." }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "services": [ {|#0:"s3"|} ] } ] }""",
            new[] { """'providers[0].services[0]' must be an object such as { "kind": "object-storage-s3", "hosts": ["s3.{region}.acme-cloud.example"] }, found a string.""" }
        },
        {
            """{ "providers": [ { "id": "acme", "name": "ACME", "jurisdiction": "US", "qualifications": [{|#0:"secnumcloud3"|}] } ] }""",
            new[] { "Unknown qualification id 'secnumcloud3': did you mean 'secnumcloud'?" }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", "paths": {|#0:"src/**"|} } ] }""",
            new[] { """'exceptions[0].paths' must be an array of file globs relative to the policy's folder, e.g. ["src/Legacy/**"], found a string.""" }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", "owner": {|#0:5|} } ] }""",
            new[] { """'exceptions[0].owner' must be who answers for the exception, e.g. "rssi@example.fr", found a number.""" }
        },
        {
            """{ "exceptions": [ { "provider": "aws", "justification": "x", {|#0:"justification"|}: "y" } ] }""",
            new[] { "Key 'justification' appears more than once in exceptions[0]; expected it once (JSON readers disagree on which value wins)." }
        },

        // Several at once, each at its place
        {
            """
            {
              {|#0:"alow"|}: ["aws"],
              "deny": [{|#1:"awss"|}],
              "exceptions": [ {|#2:{|} "provider": "aws" } ]
            }
            """,
            new[]
            {
                "Unknown key 'alow' in the policy: did you mean 'allow'?",
                "Unknown provider id 'awss': did you mean 'aws'?",
                "exceptions[0] has no 'justification'; expected a text saying why the dependency is accepted, e.g. with a ticket number.",
            }
        },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public Task Reports_the_mistake_where_it_stands(string policy, string[] messages)
    {
        var expected = new DiagnosticResult[messages.Length];
        for (var i = 0; i < messages.Length; i++)
        {
            expected[i] = InvalidPolicy(i, messages[i]);
        }

        return VerifyAsync(NoCode, policy, expected);
    }

    [Fact]
    public Task A_broken_policy_never_allows_anything()
    {
        // The typo hides an "allow" of AWS: the strict default applies, so the endpoint is reported.
        return VerifyAsync(
            """
            class C { const string Bucket = {|#1:"https://s3.amazonaws.com/bucket"|}; }
            """,
            """{ {|#0:"alow"|}: ["aws"] }""",
            EndpointLiteral(1),
            InvalidPolicy(0, "Unknown key 'alow' in the policy: did you mean 'allow'?"));
    }

    [Fact]
    public Task A_valid_policy_reports_nothing()
        => VerifyAsync(NoCode, """{ "$schema": "https://example.invalid/sovereignty.schema.json", "allow": ["aws"] }""");

    [Fact]
    public Task Comments_and_trailing_commas_are_allowed()
        => VerifyAsync(
            """
            class C { const string Bucket = "https://s3.amazonaws.com/bucket"; }
            """,
            """
            {
              // Accepted until the migration (ticket 42).
              "allow": ["aws", ],
              /* nothing denied */
            }
            """);

    [Fact]
    public Task Two_policy_files_are_an_error_on_both()
        => VerifyAsync(
            NoCode,
            new[] { ("sovereignty.json", """{|#0:|}{ "allow": ["aws"] }"""), ("sub/Sovereignty.JSON", """{|#1:|}{ "deny": ["aws"] }""") },
            InvalidPolicy(0, "More than one sovereignty policy applies to this project (sovereignty.json, sub/Sovereignty.JSON); expected a single sovereignty.json (a policy can build on another one with 'extends')."),
            InvalidPolicy(1, "More than one sovereignty policy applies to this project (sovereignty.json, sub/Sovereignty.JSON); expected a single sovereignty.json (a policy can build on another one with 'extends')."));

    [Fact]
    public Task A_file_merely_named_like_a_policy_is_not_one()
        => VerifyAsync(NoCode, new[] { ("sovereignty.json.bak", "not json"), ("my-sovereignty.json", "{ oops") });
}
