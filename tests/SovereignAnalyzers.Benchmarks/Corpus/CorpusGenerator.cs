namespace SovereignAnalyzers.Benchmarks.Corpus;

/// <summary>A generated source file.</summary>
/// <summary>A generated file; <paramref name="Module"/> is the module it belongs to (-1 for shared code and configuration).</summary>
internal sealed record CorpusFile(string Path, string Text, int Module = -1);

/// <summary>A generated project: C# sources plus the configuration files a real project carries.</summary>
internal sealed record GeneratedCorpus(IReadOnlyList<CorpusFile> Sources, IReadOnlyList<CorpusFile> ConfigurationFiles, IReadOnlyList<string> CustomHostsUsed);

/// <summary>
/// Generates a deterministic line-of-business code base: modules of an entity with its DTOs, validator,
/// repository (SQL), service, controller, mapper, options, events and HTTP client; about one module in
/// three also has a storage class using a real cloud SDK (AWS S3, Azure Blob Storage, Google Cloud
/// Storage, or an S3-compatible EU store through the AWS SDK). Most strings are ordinary (log messages,
/// SQL, JSON, paths, prose, formats); a few percent are endpoints of providers, EU ones included.
/// The same seed and file count give the same text, byte for byte.
/// </summary>
internal static class CorpusGenerator
{
    private static readonly string[] Entities =
    {
        "Order", "Customer", "Invoice", "Product", "Shipment", "Payment", "Supplier", "Warehouse", "Employee",
        "Contract", "Appointment", "Patient", "Ticket", "Subscription", "Document", "Notification", "Report",
        "Account", "Campaign", "Voucher", "Delivery", "Prescription", "Claim", "Asset", "Booking", "Course",
        "Enrollment", "Vehicle", "Inspection", "Permit",
    };

    private static readonly string[] Areas = { "Sales", "Billing", "Logistics", "Health", "People", "Crm", "Catalog", "Support", "Identity", "Reporting" };

    private static readonly string[] ProviderEndpoints =
    {
        "https://api.stripe.com/v1/charges",
        "https://o450123.ingest.sentry.io/5001234",
        "https://api.sendgrid.com/v3/mail/send",
        "https://http-intake.logs.datadoghq.eu/api/v2/logs",
        "https://contoso.okta.com/oauth2/default/v1/token",
        "https://login.microsoftonline.com/common/oauth2/v2.0/token",
        "https://api.openai.com/v1/chat/completions",
        "https://storage.googleapis.com/contoso-exports",
        "https://contoso-prod.s3.eu-west-3.amazonaws.com/reports/",
        "https://sqs.eu-west-1.amazonaws.com/123456789012/orders",
        "https://contoso.vault.azure.net/",
        "https://contosoqueue.servicebus.windows.net/",
        "arn:aws:s3:::contoso-archive",
        "gs://contoso-backups/daily",
        "mongodb+srv://cluster0.ab1cd.mongodb.net/shop?retryWrites=true",
        "Server=tcp:contoso-sql.database.windows.net,1433;Database=shop;Encrypt=True;",
        "https://contoso.oss-eu-central-1.aliyuncs.com/media",
        // EU and sovereign providers: allowed by the default policy, matched all the same.
        "https://s3.gra.io.cloud.ovh.net/contoso-invoices",
        "https://oos.cloudgouv-eu-west-1.outscale.com",
        "https://oos.eu-west-2.outscale.com/contoso",
        "https://s3.fr-par.scw.cloud/contoso-media",
        "https://cellar-c2.services.clever-cloud.com",
        "https://storage.s3nsapis.fr/contoso",
        "https://contoso.osc-secnum-fr1.scalingo.com",
    };

    private static readonly string[] OrdinaryUrls =
    {
        "http://localhost:5000/health",
        "https://intranet.contoso.local/portal/",
        "https://partners.contoso.fr/api/v2/",
        "http://www.w3.org/2001/XMLSchema-instance",
        "https://learn.microsoft.com/dotnet/api/system.string",
        "https://schemas.contoso.fr/events/2024-01",
        "https://docs.contoso.fr/runbooks/incident-response",
        "https://127.0.0.1:8443/metrics",
        "https://example.com/callback",
        "https://auth.contoso.fr/realms/staff/protocol/openid-connect/token",
    };

    private static readonly string[] Prose =
    {
        "The request could not be completed because the record was modified by another user.",
        "Please contact your administrator if the problem persists.",
        "This operation is not allowed in the current state.",
        "The file is too large. The maximum size is 10 MB.",
        "Your session has expired, please sign in again.",
        "Le document a été archivé et ne peut plus être modifié.",
        "An unexpected error occurred while processing the export.",
        "The value must be between 1 and 1000.",
        "No matching entries were found for the given criteria.",
        "Changes were saved; notifications will be sent within five minutes.",
    };

    private static readonly string[] Paths =
    {
        "/var/lib/contoso/exports",
        "/etc/contoso/certs/client.pfx",
        @"C:\ProgramData\Contoso\Logs",
        "../shared/templates/invoice.html",
        "wwwroot/assets/logo.svg",
        "Resources/Templates/welcome.fr.txt",
        "data/archive/2024/q1.zip",
        "appsettings.Production.json",
    };

    public static GeneratedCorpus Generate(int seed, int minimumFiles)
    {
        var sources = new List<CorpusFile> { new("src/Contoso.Common/Infrastructure.cs", Infrastructure()) };
        var customHosts = new List<string>();
        for (var module = 0; sources.Count < minimumFiles; module++)
        {
            var random = new Random(unchecked((seed * 7919) + module));
            var m = new Module(module, Entities[module % Entities.Length], Areas[(module / Entities.Length) % Areas.Length], random);
            var folder = $"src/Contoso.{m.Area}/{m.Entity}s{module:D3}";
            sources.Add(new($"{folder}/{m.Entity}Status.cs", StatusFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}.cs", EntityFile(m), module));
            foreach (var (name, text) in DtoFiles(m))
            {
                sources.Add(new($"{folder}/Contracts/{name}.cs", text, module));
            }

            sources.Add(new($"{folder}/{m.Entity}Validator.cs", ValidatorFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Repository.cs", RepositoryFile(m), module));
            sources.Add(new($"{folder}/I{m.Entity}Service.cs", ServiceInterfaceFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Service.cs", ServiceFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Permissions.cs", PermissionsFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Registration.cs", RegistrationFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Controller.cs", ControllerFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Mapper.cs", MapperFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Options.cs", OptionsFile(m), module));
            sources.Add(new($"{folder}/{m.Entity}Constants.cs", ConstantsFile(m, customHosts), module));
            foreach (var (name, text) in EventRecordFiles(m))
            {
                sources.Add(new($"{folder}/Events/{name}.cs", text, module));
            }

            sources.Add(new($"{folder}/{m.Entity}Events.cs", EventsFile(m), module));
            sources.Add(module % 2 == 0
                ? new($"{folder}/{m.Entity}PartnerClient.cs", ClientFile(m), module)
                : new($"{folder}/{m.Entity}Storage.cs", StorageFile(m), module));
        }

        var configuration = new List<CorpusFile>
        {
            new("src/Contoso.Api/appsettings.json", AppSettings(production: false)),
            new("src/Contoso.Api/appsettings.Production.json", AppSettings(production: true)),
        };
        return new GeneratedCorpus(sources, configuration, customHosts);
    }

    /// <summary>The host of custom provider <paramref name="index"/> in the generated policy.</summary>
    public static string CustomHost(int index) => $"tenant{index:D5}.corp-cloud.example";

    private sealed class Module
    {
        public Module(int index, string entity, string area, Random random)
        {
            Index = index;
            Entity = entity;
            Area = area;
            Random = random;
            Namespace = $"Contoso.{area}.{entity}s{index:D3}";
            Table = Snake(entity) + "s";
            Route = "api/v1/" + Snake(entity).Replace('_', '-') + "s";
        }

        public int Index { get; }

        public string Entity { get; }

        public string Area { get; }

        public Random Random { get; }

        public string Namespace { get; }

        public string Table { get; }

        public string Route { get; }

        public string Lower => char.ToLowerInvariant(Entity[0]) + Entity.Substring(1);

        public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

        public bool Chance(double probability) => Random.NextDouble() < probability;
    }

    private static string Snake(string name)
    {
        var chars = new List<char>();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && chars.Count > 0)
            {
                chars.Add('_');
            }

            chars.Add(char.ToLowerInvariant(c));
        }

        return new string(chars.ToArray());
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string Infrastructure() => """
        using System;
        using System.Collections.Generic;
        using System.Threading;
        using System.Threading.Tasks;

        namespace Contoso.Common;

        public interface ILogger<T>
        {
            void LogDebug(string message, params object?[] args);
            void LogInformation(string message, params object?[] args);
            void LogWarning(string message, params object?[] args);
            void LogError(Exception? exception, string message, params object?[] args);
        }

        public interface IClock
        {
            DateTimeOffset UtcNow { get; }
        }

        public interface ISqlExecutor
        {
            Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters, CancellationToken cancellationToken);
            Task<T?> QuerySingleAsync<T>(string sql, object? parameters, CancellationToken cancellationToken);
            Task<int> ExecuteAsync(string sql, object? parameters, CancellationToken cancellationToken);
        }

        public interface IRepository<T> where T : class
        {
            Task<T?> FindAsync(Guid id, CancellationToken cancellationToken);
            Task<IReadOnlyList<T>> ListAsync(int skip, int take, CancellationToken cancellationToken);
            Task AddAsync(T entity, CancellationToken cancellationToken);
            Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken);
        }

        public interface IEventBus
        {
            Task PublishAsync(string topic, string payload, IDictionary<string, string> headers, CancellationToken cancellationToken);
        }

        public interface IServiceRegistry
        {
            IServiceRegistry AddScoped<TService, TImplementation>() where TImplementation : class, TService;
            IServiceRegistry AddSingleton<TService, TImplementation>() where TImplementation : class, TService;
            IServiceRegistry Configure<TOptions>(string section) where TOptions : class, new();
        }

        public interface IConfiguration
        {
            string? this[string key] { get; }
        }

        public interface IActionResult
        {
        }

        public sealed record ObjectResult(int StatusCode, object? Value) : IActionResult;

        public abstract class ControllerBase
        {
            protected IActionResult Ok(object? value) => new ObjectResult(200, value);
            protected IActionResult Created(string location, object? value) => new ObjectResult(201, new { location, value });
            protected IActionResult NoContent() => new ObjectResult(204, null);
            protected IActionResult BadRequest(object? error) => new ObjectResult(400, error);
            protected IActionResult NotFound() => new ObjectResult(404, null);
        }

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class ApiControllerAttribute : Attribute
        {
        }

        [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
        public sealed class RouteAttribute : Attribute
        {
            public RouteAttribute(string template) => Template = template;
            public string Template { get; }
        }

        public abstract class HttpMethodAttribute : Attribute
        {
            protected HttpMethodAttribute(string? template) => Template = template;
            public string? Template { get; }
            public string? Name { get; set; }
        }

        public sealed class HttpGetAttribute : HttpMethodAttribute { public HttpGetAttribute(string? template = null) : base(template) { } }
        public sealed class HttpPostAttribute : HttpMethodAttribute { public HttpPostAttribute(string? template = null) : base(template) { } }
        public sealed class HttpPutAttribute : HttpMethodAttribute { public HttpPutAttribute(string? template = null) : base(template) { } }
        public sealed class HttpDeleteAttribute : HttpMethodAttribute { public HttpDeleteAttribute(string? template = null) : base(template) { } }

        [AttributeUsage(AttributeTargets.Parameter)]
        public sealed class FromBodyAttribute : Attribute
        {
        }

        public sealed class NotFoundException : Exception
        {
            public NotFoundException(string message) : base(message) { }
        }

        public sealed class ValidationException : Exception
        {
            public ValidationException(IReadOnlyList<string> errors) : base("Validation failed: " + string.Join("; ", errors)) => Errors = errors;
            public IReadOnlyList<string> Errors { get; }
        }

        public static class Guard
        {
            public static T NotNull<T>(T? value, string name) where T : class => value ?? throw new ArgumentNullException(name);

            public static string NotEmpty(string? value, string name)
                => string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("Value cannot be empty.", name) : value;
        }

        public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Total, int Skip, int Take)
        {
            public bool HasMore => Skip + Items.Count < Total;
        }

        """;

    private static string StatusFile(Module m)
    {
        var w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Line($"/// <summary>Life cycle of a {m.Lower}.</summary>");
        w.Open($"public enum {m.Entity}Status");
        w.Line("Draft,").Line("Active,").Line("Suspended,").Line("Archived,");
        w.Close();
        return w.ToString();
    }

    private static string EntityFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.Globalization;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Line($"/// <summary>A {m.Lower} of the {m.Area} domain. See https://docs.contoso.fr/{m.Area.ToLowerInvariant()}/{m.Lower}.</summary>");
        w.Open($"public sealed class {m.Entity}");
        w.Line($"private readonly List<string> _history = new();").Line();
        w.Open($"public {m.Entity}(Guid id, string name, decimal amount, DateTimeOffset createdAt)");
        w.Line("Id = id;");
        w.Line("Name = name ?? throw new ArgumentNullException(nameof(name));");
        w.Line("Amount = amount >= 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, \"The amount cannot be negative.\");");
        w.Line("CreatedAt = createdAt;");
        w.Line($"Status = {m.Entity}Status.Draft;");
        w.Line("_history.Add($\"Created on {createdAt:yyyy-MM-dd} with amount {amount.ToString(\"F2\", CultureInfo.InvariantCulture)}\");");
        w.Close().Line();
        w.Line("public Guid Id { get; }").Line();
        w.Line("public string Name { get; private set; }").Line();
        w.Line("public decimal Amount { get; private set; }").Line();
        w.Line("public DateTimeOffset CreatedAt { get; }").Line();
        w.Line("public DateTimeOffset? UpdatedAt { get; private set; }").Line();
        w.Line($"public {m.Entity}Status Status {{ get; private set; }}").Line();
        w.Line("public string? Notes { get; set; }").Line();
        w.Line("public string? ExternalReference { get; set; }").Line();
        w.Line("public IReadOnlyList<string> History => _history;").Line();
        w.Open("public void Rename(string name, DateTimeOffset now)");
        w.Open("if (string.IsNullOrWhiteSpace(name))");
        w.Line("throw new ArgumentException(\"The name is required.\", nameof(name));");
        w.Close();
        w.Open($"if (Status == {m.Entity}Status.Archived)");
        w.Line($"throw new InvalidOperationException(\"An archived {m.Lower} cannot be renamed.\");");
        w.Close().Line();
        w.Line("_history.Add($\"Renamed from '{Name}' to '{name}'\");");
        w.Line("Name = name.Trim();");
        w.Line("UpdatedAt = now;");
        w.Close().Line();
        w.Open("public void ChangeAmount(decimal amount, DateTimeOffset now)");
        w.Open("if (amount < 0 || amount > 1_000_000m)");
        w.Line($"throw new ArgumentOutOfRangeException(nameof(amount), amount, {Quote(m.Pick(Prose))});");
        w.Close().Line();
        w.Line("_history.Add(string.Format(CultureInfo.InvariantCulture, \"Amount changed from {0:F2} to {1:F2}\", Amount, amount));");
        w.Line("Amount = amount;");
        w.Line("UpdatedAt = now;");
        w.Close().Line();
        w.Open("public void Activate(DateTimeOffset now)");
        w.Line($"Status = Status switch");
        w.Line("{");
        w.Line($"    {m.Entity}Status.Draft or {m.Entity}Status.Suspended => {m.Entity}Status.Active,");
        w.Line($"    {m.Entity}Status.Active => Status,");
        w.Line($"    _ => throw new InvalidOperationException($\"Cannot activate a {m.Lower} in state {{Status}}.\"),");
        w.Line("};");
        w.Line("UpdatedAt = now;");
        w.Line("_history.Add(\"Activated\");");
        w.Close().Line();
        w.Line($"public override string ToString() => $\"{m.Entity} {{Id:N}} '{{Name}}' ({{Status}}, {{Amount:C}})\";");
        w.Close();
        return w.ToString();
    }

    private static IEnumerable<(string Name, string Text)> DtoFiles(Module m)
    {
        const string Usings = "using System;\nusing System.Collections.Generic;\nusing System.ComponentModel.DataAnnotations;\n\n";
        var w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed record Create{m.Entity}Request");
        w.Line($"[Required(ErrorMessage = \"The {m.Lower} name is required.\")]");
        w.Line("[StringLength(200, MinimumLength = 2, ErrorMessage = \"The name must be between 2 and 200 characters.\")]");
        w.Line("public string Name { get; init; } = string.Empty;").Line();
        w.Line("[Range(0, 1000000, ErrorMessage = \"The amount must be between 0 and 1,000,000.\")]");
        w.Line("public decimal Amount { get; init; }").Line();
        w.Line("[EmailAddress(ErrorMessage = \"The contact e-mail address is not valid.\")]");
        w.Line("public string? ContactEmail { get; init; }").Line();
        w.Line("[RegularExpression(\"^[A-Z]{2}-[0-9]{6}$\", ErrorMessage = \"The reference must look like AB-123456.\")]");
        w.Line("public string? ExternalReference { get; init; }").Line();
        w.Line("[StringLength(2000)]");
        w.Line("public string? Notes { get; init; }").Line();
        w.Line("public IReadOnlyList<string> Tags { get; init; } = Array.Empty<string>();");
        w.Close();
        yield return ($"Create{m.Entity}Request", Usings + w);

        w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed record Update{m.Entity}Request");
        w.Line("[Required]");
        w.Line("[StringLength(200, MinimumLength = 2)]");
        w.Line("public string Name { get; init; } = string.Empty;").Line();
        w.Line("public decimal? Amount { get; init; }").Line();
        w.Line("public string? Notes { get; init; }").Line();
        w.Line("public string? ConcurrencyToken { get; init; }");
        w.Close();
        yield return ($"Update{m.Entity}Request", Usings + w);

        w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Line($"/// <summary>What the API returns for a {m.Lower}.</summary>");
        w.Line($"public sealed record {m.Entity}Response(Guid Id, string Name, decimal Amount, string Status, DateTimeOffset CreatedAt, DateTimeOffset? UpdatedAt, string? Notes, string Link);");
        yield return ($"{m.Entity}Response", "using System;\n\n" + w);

        w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Line($"public sealed record {m.Entity}Summary(Guid Id, string Name, string Status);");
        yield return ($"{m.Entity}Summary", "using System;\n\n" + w);

        w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed record {m.Entity}Query");
        w.Line("public string? Search { get; init; }").Line();
        w.Line("public string SortBy { get; init; } = \"created_at\";").Line();
        w.Line("public bool Descending { get; init; } = true;").Line();
        w.Line("[Range(0, int.MaxValue)]");
        w.Line("public int Skip { get; init; }").Line();
        w.Line("[Range(1, 500)]");
        w.Line("public int Take { get; init; } = 50;");
        w.Close();
        yield return ($"{m.Entity}Query", Usings + w);
    }

    private static string ValidatorFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.Linq;").Line("using System.Text.RegularExpressions;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}Validator");
        w.Line("private const string ReferencePattern = \"^[A-Z]{2}-[0-9]{6}$\";");
        w.Line("private const string EmailPattern = @\"^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$\";");
        w.Line("private static readonly string[] ForbiddenWords = { \"test\", \"dummy\", \"lorem\", \"todo\" };").Line();
        w.Open($"public IReadOnlyList<string> Validate(Create{m.Entity}Request request)");
        w.Line("var errors = new List<string>();");
        w.Open("if (string.IsNullOrWhiteSpace(request.Name))");
        w.Line($"errors.Add(\"The {m.Lower} name is required.\");");
        w.Close();
        w.Open("else if (ForbiddenWords.Any(word => request.Name.Contains(word, StringComparison.OrdinalIgnoreCase)))");
        w.Line("errors.Add($\"The name '{request.Name}' contains a reserved word.\");");
        w.Close().Line();
        w.Open("if (request.ExternalReference is { } reference && !Regex.IsMatch(reference, ReferencePattern))");
        w.Line("errors.Add(\"The external reference must look like AB-123456.\");");
        w.Close().Line();
        w.Open("if (request.ContactEmail is { } email && !Regex.IsMatch(email, EmailPattern, RegexOptions.IgnoreCase))");
        w.Line("errors.Add(\"The contact e-mail address '\" + email + \"' is not valid.\");");
        w.Close().Line();
        w.Open("if (request.Tags.Count > 20)");
        w.Line("errors.Add(\"At most 20 tags are allowed.\");");
        w.Close().Line();
        w.Line("var duplicates = request.Tags.GroupBy(t => t, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();");
        w.Open("if (duplicates.Count > 0)");
        w.Line("errors.Add(\"Duplicate tags: \" + string.Join(\", \", duplicates) + \".\");");
        w.Close().Line();
        w.Line("return errors;");
        w.Close().Line();
        w.Open($"public IReadOnlyList<string> Validate(Update{m.Entity}Request request)");
        w.Line("var errors = new List<string>();");
        w.Open("if (request.Amount is < 0)");
        w.Line($"errors.Add({Quote(m.Pick(Prose))});");
        w.Close();
        w.Open("if (request.Notes is { Length: > 2000 })");
        w.Line("errors.Add($\"Notes are limited to 2000 characters ({request.Notes.Length} given).\");");
        w.Close();
        w.Line("return errors;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string RepositoryFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.Linq;").Line("using System.Text;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}Repository : IRepository<{m.Entity}>");
        w.Line($"private const string Columns = \"id, name, amount, status, created_at, updated_at, notes, external_reference\";");
        w.Line($"private const string SelectById = \"SELECT \" + Columns + \" FROM {m.Table} WHERE id = @Id AND deleted_at IS NULL\";");
        w.Line($"private const string Insert = @\"INSERT INTO {m.Table} (id, name, amount, status, created_at, notes, external_reference)");
        w.Line("    VALUES (@Id, @Name, @Amount, @Status, @CreatedAt, @Notes, @ExternalReference)\";");
        w.Line($"private const string SoftDelete = \"UPDATE {m.Table} SET deleted_at = now() WHERE id = @Id\";").Line();
        w.Line("private readonly ISqlExecutor _sql;").Line();
        w.Line($"public {m.Entity}Repository(ISqlExecutor sql) => _sql = Guard.NotNull(sql, nameof(sql));").Line();
        w.Line($"public Task<{m.Entity}?> FindAsync(Guid id, CancellationToken cancellationToken)");
        w.Line($"    => _sql.QuerySingleAsync<{m.Entity}>(SelectById, new {{ Id = id }}, cancellationToken);").Line();
        w.Open($"public async Task<IReadOnlyList<{m.Entity}>> ListAsync(int skip, int take, CancellationToken cancellationToken)");
        w.Line($"var sql = $\"SELECT {{Columns}} FROM {m.Table} WHERE deleted_at IS NULL ORDER BY created_at DESC OFFSET {{skip}} ROWS FETCH NEXT {{take}} ROWS ONLY\";");
        w.Line($"return await _sql.QueryAsync<{m.Entity}>(sql, null, cancellationToken).ConfigureAwait(false);");
        w.Close().Line();
        w.Open($"public async Task<IReadOnlyList<{m.Entity}>> SearchAsync({m.Entity}Query query, CancellationToken cancellationToken)");
        w.Line($"var sql = new StringBuilder(\"SELECT \").Append(Columns).Append(\" FROM {m.Table} WHERE deleted_at IS NULL\");");
        w.Open("if (!string.IsNullOrEmpty(query.Search))");
        w.Line("sql.Append(\" AND (name ILIKE @Search OR notes ILIKE @Search)\");");
        w.Close().Line();
        w.Line("var column = query.SortBy switch { \"name\" => \"name\", \"amount\" => \"amount\", _ => \"created_at\" };");
        w.Line("sql.Append(\" ORDER BY \" + column + (query.Descending ? \" DESC\" : \" ASC\"));");
        w.Line("sql.Append(\" LIMIT @Take OFFSET @Skip\");");
        w.Line($"return await _sql.QueryAsync<{m.Entity}>(sql.ToString(), new {{ Search = \"%\" + query.Search + \"%\", query.Take, query.Skip }}, cancellationToken).ConfigureAwait(false);");
        w.Close().Line();
        w.Line($"public Task AddAsync({m.Entity} entity, CancellationToken cancellationToken)");
        w.Line("    => _sql.ExecuteAsync(Insert, new { entity.Id, entity.Name, entity.Amount, Status = entity.Status.ToString(), entity.CreatedAt, entity.Notes, entity.ExternalReference }, cancellationToken);").Line();
        w.Open("public async Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken)");
        w.Line("var rows = await _sql.ExecuteAsync(SoftDelete, new { Id = id }, cancellationToken).ConfigureAwait(false);");
        w.Line("return rows == 1;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string ServiceInterfaceFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public interface I{m.Entity}Service");
        w.Line($"Task<{m.Entity}> CreateAsync(Create{m.Entity}Request request, CancellationToken cancellationToken);").Line();
        w.Line($"Task<{m.Entity}> GetAsync(Guid id, CancellationToken cancellationToken);").Line();
        w.Line($"Task<PagedResult<{m.Entity}Summary>> ListAsync({m.Entity}Query query, CancellationToken cancellationToken);").Line();
        w.Line($"Task<{m.Entity}> UpdateAsync(Guid id, Update{m.Entity}Request request, CancellationToken cancellationToken);");
        w.Close();
        return w.ToString();
    }

    private static string PermissionsFile(Module m)
    {
        var w = new CodeWriter();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public static class {m.Entity}Permissions");
        w.Line($"public const string Read = \"{m.Lower}s.read\";");
        w.Line($"public const string Write = \"{m.Lower}s.write\";");
        w.Line($"public const string Admin = \"{m.Area.ToLowerInvariant()}.{m.Lower}s.admin\";");
        w.Line($"public const string Policy = \"Require{m.Entity}Access\";");
        w.Close();
        return w.ToString();
    }

    private static string RegistrationFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public static class {m.Entity}Registration");
        w.Open("public static IServiceRegistry Add" + m.Entity + "Module(this IServiceRegistry services)");
        w.Line($"services.AddScoped<I{m.Entity}Service, {m.Entity}Service>();");
        w.Line($"services.AddScoped<{m.Entity}Repository, {m.Entity}Repository>();");
        w.Line($"services.AddSingleton<{m.Entity}Validator, {m.Entity}Validator>();");
        w.Line($"services.AddScoped<{m.Entity}Events, {m.Entity}Events>();");
        w.Line($"services.Configure<{m.Entity}Options>({m.Entity}Options.SectionName);");
        w.Line("return services;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string ServiceFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Concurrent;").Line("using System.Collections.Generic;").Line("using System.Linq;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}Service : I{m.Entity}Service");
        w.Line($"private readonly {m.Entity}Repository _repository;");
        w.Line($"private readonly {m.Entity}Validator _validator;");
        w.Line($"private readonly {m.Entity}Events _events;");
        w.Line("private readonly IClock _clock;");
        w.Line($"private readonly ILogger<{m.Entity}Service> _logger;");
        w.Line($"private readonly ConcurrentDictionary<Guid, {m.Entity}> _cache = new();").Line();
        w.Open($"public {m.Entity}Service({m.Entity}Repository repository, {m.Entity}Validator validator, {m.Entity}Events events, IClock clock, ILogger<{m.Entity}Service> logger)");
        w.Line("_repository = repository;").Line("_validator = validator;").Line("_events = events;").Line("_clock = clock;").Line("_logger = logger;");
        w.Close().Line();
        w.Open($"public async Task<{m.Entity}> CreateAsync(Create{m.Entity}Request request, CancellationToken cancellationToken)");
        w.Line("var errors = _validator.Validate(request);");
        w.Open("if (errors.Count > 0)");
        w.Line($"_logger.LogWarning(\"Rejected {m.Lower} creation: {{ErrorCount}} errors\", errors.Count);");
        w.Line("throw new ValidationException(errors);");
        w.Close().Line();
        w.Line($"var entity = new {m.Entity}(Guid.NewGuid(), request.Name, request.Amount, _clock.UtcNow) {{ Notes = request.Notes, ExternalReference = request.ExternalReference }};");
        w.Line("await _repository.AddAsync(entity, cancellationToken).ConfigureAwait(false);");
        w.Line("_cache[entity.Id] = entity;");
        w.Line($"_logger.LogInformation(\"{m.Entity} {{{m.Entity}Id}} created with amount {{Amount}}\", entity.Id, entity.Amount);");
        w.Line("await _events.PublishCreatedAsync(entity, cancellationToken).ConfigureAwait(false);");
        w.Line("return entity;");
        w.Close().Line();
        w.Open($"public async Task<{m.Entity}> GetAsync(Guid id, CancellationToken cancellationToken)");
        w.Open("if (_cache.TryGetValue(id, out var cached))");
        w.Line($"_logger.LogDebug(\"Cache hit for {m.Lower} {{Id}}\", id);");
        w.Line("return cached;");
        w.Close().Line();
        w.Line("var entity = await _repository.FindAsync(id, cancellationToken).ConfigureAwait(false)");
        w.Line($"    ?? throw new NotFoundException($\"{m.Entity} {{id}} was not found.\");");
        w.Line("_cache.TryAdd(id, entity);");
        w.Line("return entity;");
        w.Close().Line();
        w.Open($"public async Task<PagedResult<{m.Entity}Summary>> ListAsync({m.Entity}Query query, CancellationToken cancellationToken)");
        w.Line("var items = await _repository.SearchAsync(query, cancellationToken).ConfigureAwait(false);");
        w.Line("var summaries = items");
        w.Line($"    .Where(e => e.Status != {m.Entity}Status.Archived)");
        w.Line("    .OrderByDescending(e => e.UpdatedAt ?? e.CreatedAt)");
        w.Line("    .ThenBy(e => e.Name, StringComparer.CurrentCultureIgnoreCase)");
        w.Line($"    .Select(e => new {m.Entity}Summary(e.Id, e.Name, e.Status.ToString()))");
        w.Line("    .ToList();");
        w.Line($"_logger.LogDebug(\"Listed {{Count}} {m.Lower}s (search: '{{Search}}')\", summaries.Count, query.Search ?? \"<none>\");");
        w.Line($"return new PagedResult<{m.Entity}Summary>(summaries, summaries.Count, query.Skip, query.Take);");
        w.Close().Line();
        w.Open($"public async Task<{m.Entity}> UpdateAsync(Guid id, Update{m.Entity}Request request, CancellationToken cancellationToken)");
        w.Line("var errors = _validator.Validate(request);");
        w.Open("if (errors.Any())");
        w.Line("throw new ValidationException(errors);");
        w.Close().Line();
        w.Line("var entity = await GetAsync(id, cancellationToken).ConfigureAwait(false);");
        w.Line("entity.Rename(request.Name, _clock.UtcNow);");
        w.Open("if (request.Amount is { } amount)");
        w.Line("entity.ChangeAmount(amount, _clock.UtcNow);");
        w.Close().Line();
        w.Line("entity.Notes = request.Notes;");
        w.Line($"_logger.LogInformation(\"{m.Entity} {{Id}} updated by request {{Token}}\", id, request.ConcurrencyToken ?? \"n/a\");");
        w.Line("return entity;");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string ControllerFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Line("[ApiController]");
        w.Line($"[Route(\"{m.Route}\")]");
        w.Open($"public sealed class {m.Entity}Controller : ControllerBase");
        w.Line($"private readonly I{m.Entity}Service _service;").Line();
        w.Line($"public {m.Entity}Controller(I{m.Entity}Service service) => _service = service;").Line();
        w.Line($"[HttpGet(\"{{id:guid}}\", Name = \"Get{m.Entity}\")]");
        w.Open("public async Task<IActionResult> Get(Guid id, CancellationToken cancellationToken)");
        w.Open("try");
        w.Line("var entity = await _service.GetAsync(id, cancellationToken);");
        w.Line("return Ok(entity.ToResponse());");
        w.Close();
        w.Open("catch (NotFoundException)");
        w.Line("return NotFound();");
        w.Close();
        w.Close().Line();
        w.Line("[HttpGet]");
        w.Line($"public async Task<IActionResult> List([FromBody] {m.Entity}Query query, CancellationToken cancellationToken)");
        w.Line("    => Ok(await _service.ListAsync(query, cancellationToken));").Line();
        w.Line("[HttpPost]");
        w.Open($"public async Task<IActionResult> Create([FromBody] Create{m.Entity}Request request, CancellationToken cancellationToken)");
        w.Open("try");
        w.Line("var entity = await _service.CreateAsync(request, cancellationToken);");
        w.Line($"return Created($\"/{m.Route}/{{entity.Id}}\", entity.ToResponse());");
        w.Close();
        w.Open("catch (ValidationException exception)");
        w.Line("return BadRequest(new { title = \"One or more validation errors occurred.\", errors = exception.Errors });");
        w.Close();
        w.Close().Line();
        w.Line("[HttpPut(\"{id:guid}\")]");
        w.Open($"public async Task<IActionResult> Update(Guid id, [FromBody] Update{m.Entity}Request request, CancellationToken cancellationToken)");
        w.Line("var entity = await _service.UpdateAsync(id, request, cancellationToken);");
        w.Line("return Ok(entity.ToResponse());");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string MapperFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.Globalization;").Line("using System.Linq;").Line("using System.Text;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public static class {m.Entity}Mapper");
        w.Line("private const string CsvHeader = \"id;name;amount;status;created_at\";").Line();
        w.Line($"public static {m.Entity}Response ToResponse(this {m.Entity} entity)");
        w.Line($"    => new(entity.Id, entity.Name, entity.Amount, entity.Status.ToString().ToLowerInvariant(), entity.CreatedAt, entity.UpdatedAt, entity.Notes, $\"/{m.Route}/{{entity.Id}}\");").Line();
        w.Line($"public static {m.Entity}Summary ToSummary(this {m.Entity} entity) => new(entity.Id, entity.Name, entity.Status.ToString());").Line();
        w.Open($"public static string ToCsv(IEnumerable<{m.Entity}> entities)");
        w.Line("var builder = new StringBuilder().AppendLine(CsvHeader);");
        w.Open("foreach (var entity in entities)");
        w.Line("builder.Append(entity.Id.ToString(\"D\")).Append(';')");
        w.Line("    .Append(entity.Name.Replace(\";\", \",\")).Append(';')");
        w.Line("    .Append(entity.Amount.ToString(\"0.00\", CultureInfo.InvariantCulture)).Append(';')");
        w.Line("    .Append(entity.Status).Append(';')");
        w.Line("    .AppendLine(entity.CreatedAt.ToString(\"yyyy-MM-ddTHH:mm:ssZ\", CultureInfo.InvariantCulture));");
        w.Close().Line();
        w.Line("return builder.ToString();");
        w.Close().Line();
        w.Open("public static string Describe(this " + m.Entity + " entity, CultureInfo culture)");
        w.Line("return culture.TwoLetterISOLanguageName == \"fr\"");
        w.Line($"    ? string.Format(culture, \"{{0}} « {{1}} » : {{2:C}} ({{3}})\", \"{m.Entity}\", entity.Name, entity.Amount, entity.Status)");
        w.Line($"    : string.Format(culture, \"{{0}} \\\"{{1}}\\\": {{2:C}} ({{3}})\", \"{m.Entity}\", entity.Name, entity.Amount, entity.Status);");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string OptionsFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}Options");
        w.Line($"public const string SectionName = \"{m.Area}:{m.Entity}\";").Line();
        w.Line($"public string ExportFolder {{ get; set; }} = {Quote(m.Pick(Paths))};").Line();
        w.Line($"public string TemplatePath {{ get; set; }} = \"Resources/Templates/{m.Lower}.{{0}}.html\";").Line();
        w.Line("public TimeSpan CacheDuration { get; set; } = TimeSpan.FromMinutes(15);").Line();
        w.Line("public string Schedule { get; set; } = \"0 */15 * * * *\";").Line();
        w.Line($"public string PartnerBaseAddress {{ get; set; }} = {Quote(m.Pick(OrdinaryUrls))};").Line();
        w.Line("public int MaxRetries { get; set; } = 3;");
        w.Close();
        return w.ToString();
    }

    private static string ConstantsFile(Module m, List<string> customHosts)
    {
        var w = new CodeWriter();
        w.Line("using System.Collections.Generic;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"internal static class {m.Entity}Constants");
        w.Line($"public const string Topic = \"contoso.{m.Area.ToLowerInvariant()}.{m.Lower}\";");
        w.Line("public const string ContentType = \"application/json; charset=utf-8\";");
        w.Line("public const string CorrelationHeader = \"X-Correlation-ID\";");
        w.Line("public const string DateFormat = \"yyyy-MM-dd\";");
        w.Line("public const string Version = \"v2.4.1\";");
        w.Line("public const string SupportEmail = \"support@contoso.fr\";");
        w.Line("public const string AssemblyName = \"Contoso." + m.Area + ".dll\";");
        w.Line($"public const string Sample = \"{{\\\"type\\\":\\\"{m.Lower}\\\",\\\"version\\\":2,\\\"items\\\":[]}}\";");
        w.Line($"public const string NotFoundMessage = {Quote(m.Pick(Prose))};");
        w.Line($"public const string HelpLink = {Quote(m.Pick(OrdinaryUrls))};");
        if (m.Chance(0.4))
        {
            w.Line($"public const string UpstreamEndpoint = {Quote(m.Pick(ProviderEndpoints))};");
        }

        // One module calls a host that only the generated 10,000-host policy knows (see PolicyGenerator):
        // the proof that the policy applies, at the cost of one more finding under that policy.
        if (m.Index == 7)
        {
            var host = "api." + CustomHost(m.Index * 37 % PolicyGenerator.CustomProviderCount);
            customHosts.Add(host);
            w.Line($"public const string TenantApi = \"https://{host}/v2/\";");
        }

        w.Line();
        w.Line("public static readonly IReadOnlyDictionary<string, string> Messages = new Dictionary<string, string>");
        w.Line("{");
        w.Line($"    [\"created\"] = \"The {m.Lower} was created.\",");
        w.Line($"    [\"updated\"] = \"The {m.Lower} was updated.\",");
        w.Line($"    [\"deleted\"] = \"The {m.Lower} was deleted.\",");
        w.Line($"    [\"conflict\"] = {Quote(m.Pick(Prose))},");
        w.Line("};");
        w.Close();
        return w.ToString();
    }

    private static IEnumerable<(string Name, string Text)> EventRecordFiles(Module m)
    {
        yield return ($"{m.Entity}Created", $"using System;\n\nnamespace {m.Namespace};\n\npublic sealed record {m.Entity}Created(Guid Id, string Name, decimal Amount, DateTimeOffset At);\n");
        yield return ($"{m.Entity}Archived", $"using System;\n\nnamespace {m.Namespace};\n\npublic sealed record {m.Entity}Archived(Guid Id, string Reason, DateTimeOffset At);\n");
    }

    private static string EventsFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.Text.Json;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}Events");
        w.Line("private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };");
        w.Line("private readonly IEventBus _bus;").Line();
        w.Line($"public {m.Entity}Events(IEventBus bus) => _bus = bus;").Line();
        w.Open($"public Task PublishCreatedAsync({m.Entity} entity, CancellationToken cancellationToken)");
        w.Line($"var payload = JsonSerializer.Serialize(new {m.Entity}Created(entity.Id, entity.Name, entity.Amount, entity.CreatedAt), Json);");
        w.Line("var headers = new Dictionary<string, string>");
        w.Line("{");
        w.Line($"    [\"type\"] = \"{m.Lower}.created\",");
        w.Line("    [\"schema\"] = \"https://schemas.contoso.fr/events/" + m.Lower + "-created.json\",");
        w.Line("    [\"content-type\"] = \"application/json\",");
        w.Line("};");
        w.Line($"return _bus.PublishAsync({m.Entity}Constants.Topic + \".created\", payload, headers, cancellationToken);");
        w.Close().Line();
        w.Open($"public Task PublishArchivedAsync({m.Entity} entity, string reason, CancellationToken cancellationToken)");
        w.Line($"var payload = JsonSerializer.Serialize(new {m.Entity}Archived(entity.Id, reason, DateTimeOffset.UtcNow), Json);");
        w.Line($"return _bus.PublishAsync($\"{{{m.Entity}Constants.Topic}}.archived\", payload, new Dictionary<string, string> {{ [\"type\"] = \"{m.Lower}.archived\" }}, cancellationToken);");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string ClientFile(Module m)
    {
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Net.Http;").Line("using System.Net.Http.Headers;").Line("using System.Text;").Line("using System.Text.Json;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line();
        w.Line($"namespace {m.Namespace};").Line();
        w.Open($"public sealed class {m.Entity}PartnerClient");
        var baseAddress = m.Chance(0.12) ? m.Pick(ProviderEndpoints) : m.Pick(OrdinaryUrls);
        if (!baseAddress.StartsWith("http", StringComparison.Ordinal))
        {
            baseAddress = m.Pick(OrdinaryUrls);
        }

        w.Line($"private static readonly Uri DefaultBaseAddress = new Uri({Quote(baseAddress)});");
        w.Line("private readonly HttpClient _http;").Line();
        w.Open($"public {m.Entity}PartnerClient(HttpClient http)");
        w.Line("_http = http;");
        w.Line("_http.BaseAddress ??= DefaultBaseAddress;");
        w.Line("_http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(\"application/json\"));");
        w.Line("_http.DefaultRequestHeaders.UserAgent.ParseAdd(\"Contoso/2.4 (+https://www.contoso.fr/bot)\");");
        w.Close().Line();
        w.Open($"public async Task<string?> FetchStatusAsync(string reference, CancellationToken cancellationToken)");
        w.Line($"using var response = await _http.GetAsync($\"{m.Lower}s/{{Uri.EscapeDataString(reference)}}/status\", cancellationToken).ConfigureAwait(false);");
        w.Open("if (!response.IsSuccessStatusCode)");
        w.Line("return null;");
        w.Close().Line();
        w.Line("using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));");
        w.Line("return document.RootElement.TryGetProperty(\"status\", out var status) ? status.GetString() : null;");
        w.Close().Line();
        w.Open("public async Task NotifyAsync(string reference, string message, CancellationToken cancellationToken)");
        w.Line("var body = JsonSerializer.Serialize(new { reference, message, sentAt = DateTimeOffset.UtcNow });");
        w.Line("using var content = new StringContent(body, Encoding.UTF8, \"application/json\");");
        w.Line($"using var response = await _http.PostAsync(\"notifications\", content, cancellationToken).ConfigureAwait(false);");
        w.Line("response.EnsureSuccessStatusCode();");
        w.Close();
        w.Close();
        return w.ToString();
    }

    private static string StorageFile(Module m)
    {
        var variant = (m.Index / 2) % 9;
        var w = new CodeWriter();
        w.Line("using System;").Line("using System.Collections.Generic;").Line("using System.IO;").Line("using System.Threading;").Line("using System.Threading.Tasks;").Line("using Contoso.Common;");
        switch (variant)
        {
            case 0 or 1 or 4 or 6 or 8:
                w.Line("using Amazon;").Line("using Amazon.S3;").Line("using Amazon.S3.Model;").Line();
                w.Line($"namespace {m.Namespace};").Line();
                w.Open($"public sealed class {m.Entity}Storage : IDisposable");
                w.Line($"private const string Bucket = \"contoso-{m.Lower}s\";");
                w.Line("private readonly IAmazonS3 _s3;").Line();
                w.Open($"public {m.Entity}Storage(IConfiguration configuration)");
                switch (variant)
                {
                    case 0:
                        w.Line("_s3 = new AmazonS3Client(RegionEndpoint.EUWest3);");
                        break;
                    case 1:
                        w.Line("var config = new AmazonS3Config { ServiceURL = \"https://s3.gra.io.cloud.ovh.net\", ForcePathStyle = true };");
                        w.Line("_s3 = new AmazonS3Client(configuration[\"Storage:AccessKey\"], configuration[\"Storage:SecretKey\"], config);");
                        break;
                    case 4:
                        w.Line("_s3 = new AmazonS3Client(new AmazonS3Config { ServiceURL = \"https://oos.eu-west-2.outscale.com\" });");
                        break;
                    case 6:
                        w.Line("var config = new AmazonS3Config();");
                        w.Line("config.ServiceURL = \"https://s3.fr-par.scw.cloud\";");
                        w.Line("config.ForcePathStyle = true;");
                        w.Line("_s3 = new AmazonS3Client(config);");
                        break;
                    default:
                        w.Line("var config = new AmazonS3Config { ServiceURL = configuration[\"Storage:ServiceUrl\"] ?? throw new InvalidOperationException(\"Storage:ServiceUrl is not configured.\") };");
                        w.Line("_s3 = new AmazonS3Client(config);");
                        break;
                }

                w.Close().Line();
                w.Open("public async Task SaveAsync(string key, string body, CancellationToken cancellationToken)");
                w.Line("await _s3.PutObjectAsync(new PutObjectRequest { BucketName = Bucket, Key = key, ContentBody = body, ContentType = \"application/json\" }, cancellationToken).ConfigureAwait(false);");
                w.Close().Line();
                w.Open("public async Task<string> LoadAsync(string key, CancellationToken cancellationToken)");
                w.Line("using var response = await _s3.GetObjectAsync(Bucket, key, cancellationToken).ConfigureAwait(false);");
                w.Line("using var reader = new StreamReader(response.ResponseStream);");
                w.Line("return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);");
                w.Close().Line();
                w.Open("public async Task<IReadOnlyList<string>> ListAsync(string prefix, CancellationToken cancellationToken)");
                w.Line("var keys = new List<string>();");
                w.Line("var response = await _s3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = Bucket, Prefix = prefix }, cancellationToken).ConfigureAwait(false);");
                w.Open("foreach (var item in response.S3Objects ?? new List<S3Object>())");
                w.Line("keys.Add(item.Key);");
                w.Close();
                w.Line("return keys;");
                w.Close().Line();
                w.Line("public Task DeleteAsync(string key, CancellationToken cancellationToken) => _s3.DeleteObjectAsync(Bucket, key, cancellationToken);").Line();
                w.Line("public void Dispose() => _s3.Dispose();");
                w.Close();
                break;
            case 2 or 5:
                w.Line("using Azure.Storage.Blobs;").Line("using Azure.Storage.Blobs.Models;").Line();
                w.Line($"namespace {m.Namespace};").Line();
                w.Open($"public sealed class {m.Entity}Storage");
                w.Line("private readonly BlobContainerClient _container;").Line();
                w.Open($"public {m.Entity}Storage(IConfiguration configuration)");
                w.Line(variant == 2
                    ? "var service = new BlobServiceClient(\"DefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=\" + configuration[\"Storage:Key\"] + \";EndpointSuffix=core.windows.net\");"
                    : "var service = new BlobServiceClient(new Uri(\"https://contosodata.blob.core.windows.net\"));");
                w.Line($"_container = service.GetBlobContainerClient(\"{m.Lower}s\");");
                w.Close().Line();
                w.Open("public async Task SaveAsync(string name, string body, CancellationToken cancellationToken)");
                w.Line("await _container.CreateIfNotExistsAsync(PublicAccessType.None, cancellationToken: cancellationToken).ConfigureAwait(false);");
                w.Line("await _container.GetBlobClient(name).UploadAsync(BinaryData.FromString(body), true, cancellationToken).ConfigureAwait(false);");
                w.Close().Line();
                w.Open("public async Task<string> LoadAsync(string name, CancellationToken cancellationToken)");
                w.Line("var result = await _container.GetBlobClient(name).DownloadContentAsync(cancellationToken).ConfigureAwait(false);");
                w.Line("return result.Value.Content.ToString();");
                w.Close().Line();
                w.Line("public Task DeleteAsync(string name, CancellationToken cancellationToken)");
                w.Line("    => _container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken);");
                w.Close();
                break;
            default:
                w.Line("using Google.Cloud.Storage.V1;").Line();
                w.Line($"namespace {m.Namespace};").Line();
                w.Open($"public sealed class {m.Entity}Storage");
                w.Line($"private const string Bucket = \"contoso-{m.Lower}s-eu\";");
                w.Line("private readonly StorageClient _storage;").Line();
                w.Open($"public {m.Entity}Storage()");
                w.Line(variant == 3
                    ? "_storage = StorageClient.Create();"
                    : "_storage = new StorageClientBuilder { UniverseDomain = \"s3nsapis.fr\" }.Build();");
                w.Close().Line();
                w.Open("public async Task SaveAsync(string name, string body, CancellationToken cancellationToken)");
                w.Line("using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(body));");
                w.Line("await _storage.UploadObjectAsync(Bucket, name, \"application/json\", stream, cancellationToken: cancellationToken).ConfigureAwait(false);");
                w.Close().Line();
                w.Open("public async Task<string> LoadAsync(string name, CancellationToken cancellationToken)");
                w.Line("using var stream = new MemoryStream();");
                w.Line("await _storage.DownloadObjectAsync(Bucket, name, stream, cancellationToken: cancellationToken).ConfigureAwait(false);");
                w.Line("return System.Text.Encoding.UTF8.GetString(stream.ToArray());");
                w.Close().Line();
                w.Line("public Task DeleteAsync(string name, CancellationToken cancellationToken) => _storage.DeleteObjectAsync(Bucket, name, cancellationToken: cancellationToken);");
                w.Close();
                break;
        }

        return w.ToString();
    }

    private static string AppSettings(bool production) => production
        ? """
          {
            "Logging": { "LogLevel": { "Default": "Warning" } },
            "ConnectionStrings": {
              "Orders": "Host=db.contoso.internal;Database=orders;Username=app",
              "Archive": "DefaultEndpointsProtocol=https;AccountName=contosoarchive;EndpointSuffix=core.windows.net"
            },
            "Storage": { "ServiceUrl": "https://s3.gra.io.cloud.ovh.net", "Bucket": "contoso-prod" },
            "Telemetry": { "Endpoint": "https://http-intake.logs.datadoghq.eu" }
          }
          """
        : """
          {
            "Logging": { "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" } },
            "AllowedHosts": "*",
            "ConnectionStrings": { "Orders": "Host=localhost;Port=5432;Database=orders;Username=dev" },
            "Storage": { "ServiceUrl": "http://localhost:9000", "Bucket": "contoso-dev" },
            "Partners": { "BaseAddress": "https://partners.contoso.fr/api/v2/" }
          }
          """;
}
