using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SovereignAnalyzers.Benchmarks.Corpus;

namespace SovereignAnalyzers.Benchmarks.Micro;

/// <summary>Strings as the analyzers see them.</summary>
internal static class TypicalStrings
{
    /// <summary>A hand-picked mix: mostly ordinary strings, some endpoints of providers (EU ones included) and look-alikes.</summary>
    public static readonly string[] Mixed =
    {
        "Order {OrderId} created by {UserId}",
        "The request could not be completed because the record was modified by another user.",
        "SELECT id, name, amount FROM orders WHERE id = @Id AND deleted_at IS NULL",
        "{\"type\":\"order\",\"version\":2,\"items\":[]}",
        "/var/lib/contoso/exports",
        @"C:\ProgramData\Contoso\Logs",
        "application/json; charset=utf-8",
        "yyyy-MM-ddTHH:mm:ssZ",
        "X-Correlation-ID",
        "support@contoso.fr",
        "orders.read",
        "appsettings.Production.json",
        "v2.4.1",
        "^[A-Z]{2}-[0-9]{6}$",
        "Amount changed from {0:F2} to {1:F2}",
        "http://localhost:5000/health",
        "https://partners.contoso.fr/api/v2/",
        "http://www.w3.org/2001/XMLSchema-instance",
        "https://learn.microsoft.com/dotnet/api/system.string",
        "Host=db.contoso.internal;Database=orders;Username=app",
        "Le document a été archivé et ne peut plus être modifié.",
        "created_at",
        "name",
        " DESC",
        "https://contoso-prod.s3.eu-west-3.amazonaws.com/reports/",
        "https://contosodata.blob.core.windows.net",
        "DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=abc;EndpointSuffix=core.windows.net",
        "https://storage.googleapis.com/contoso-exports",
        "arn:aws:s3:::contoso-archive",
        "gs://contoso-backups/daily",
        "https://s3.gra.io.cloud.ovh.net/contoso-invoices",
        "https://oos.eu-west-2.outscale.com",
        "https://s3.fr-par.scw.cloud/contoso-media",
        "s3.amazonaws.com.evil.example",
        "notamazonaws.com",
        "https://api.stripe.com/v1/charges",
    };

    /// <summary>
    /// The constant text of every string literal, interpolated string (holes for the interpolations) and
    /// outermost concatenation of the generated corpus, as SOV0001 builds it.
    /// </summary>
    public static string[] FromCorpus(int files = 2000, int seed = 20240611)
    {
        var texts = new List<string>();
        foreach (var file in CorpusGenerator.Generate(seed, files).Sources)
        {
            var root = CSharpSyntaxTree.ParseText(file.Text).GetRoot();
            foreach (var node in root.DescendantNodes())
            {
                switch (node)
                {
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && !InConcatenation(node):
                        texts.Add(literal.Token.ValueText);
                        break;
                    case InterpolatedStringExpressionSyntax interpolated when !InConcatenation(node):
                        texts.Add(string.Concat(interpolated.Contents.Select(c => c is InterpolatedStringTextSyntax t ? t.TextToken.ValueText : "\uE000")));
                        break;
                    case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && !InConcatenation(node):
                        texts.Add(Concatenation(binary));
                        break;
                }
            }
        }

        return texts.ToArray();
    }

    private static bool InConcatenation(SyntaxNode node)
    {
        var parent = node.Parent;
        while (parent is ParenthesizedExpressionSyntax)
        {
            parent = parent.Parent;
        }

        return parent is BinaryExpressionSyntax binary && binary.IsKind(SyntaxKind.AddExpression);
    }

    private static string Concatenation(ExpressionSyntax expression) => expression switch
    {
        ParenthesizedExpressionSyntax p => Concatenation(p.Expression),
        BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) => Concatenation(b.Left) + Concatenation(b.Right),
        LiteralExpressionSyntax l when l.IsKind(SyntaxKind.StringLiteralExpression) => l.Token.ValueText,
        _ => "\uE000",
    };
}
