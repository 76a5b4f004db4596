using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using SovereignAnalyzers.Endpoints;
using SovereignAnalyzers.Rules;
using SovereignAnalyzers.Sdk;
using SovereignAnalyzers.Tests.Infrastructure;

namespace SovereignAnalyzers.Tests.Rules;

/// <summary>
/// A C# concatenation of 100,000 operands (generated code) walked on a thread with a 1 MiB stack, the size
/// Windows gives a thread: the operand walks of SOV0001 (syntax) and of the SDK rule (operations) use a stack
/// of their own, so a recursion would overflow here and end the test process. What this proves is about our
/// walks only: the parsing and binding of such an expression are the compiler's, done here on a thread with
/// a large stack before our walks run.
/// </summary>
public class DeepConcatenationTests
{
    private const int Operands = 100_000;
    private const int WindowsStack = 1024 * 1024;
    private const int LargeStack = 256 * 1024 * 1024;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Syntax_walk_of_SOV0001_reads_every_operand_on_a_1_MiB_stack(bool dotInLastOperand)
    {
        var (source, expected) = Concatenation(dotInLastOperand ? ".s3.amazonaws.com" : "s3-amazonaws-com");
        var concatenation = OnThread(LargeStack, () => Outermost(CSharpSyntaxTree.ParseText(source).GetRoot()));

        var (mayHoldEndpoint, text) = OnThread(WindowsStack, () => (EndpointLiteralAnalyzer.MayHoldEndpoint(concatenation), EndpointLiteralAnalyzer.ConstantText(concatenation)));

        Assert.Equal(dotInLastOperand, mayHoldEndpoint); // only the last operand has a dot: every operand was read
        Assert.Equal(expected, text);
    }

    [Fact]
    public async Task Operation_walk_of_the_SDK_rule_folds_every_operand_on_a_1_MiB_stack()
    {
        var (source, expected) = Concatenation(".s3.amazonaws.com");
        var compilation = await AnalyzerRunner.CompileAsync(source);
        var operation = OnThread(LargeStack, () =>
        {
            var tree = compilation.SyntaxTrees.Single();
            var value = compilation.GetSemanticModel(tree).GetOperation(Outermost(tree.GetRoot()))!;
            _ = value.Descendants().Count(); // the compiler's lazily built operation tree, built here
            return value;
        });

        var (folded, text) = OnThread(WindowsStack, () => (ConstantText.TryFold(operation, out var t), t));

        Assert.True(folded);
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Declaration_reader_of_the_SDK_rule_reads_a_deep_concatenation_and_gives_up_on_deep_nesting_on_a_1_MiB_stack()
    {
        var literals = "\"https://\"" + string.Concat(Enumerable.Repeat(" + \"a\"", Operands - 2)) + " + \".s3.amazonaws.com\"";
        var nested = string.Concat(Enumerable.Repeat("b ? \"https://a.s3.amazonaws.com\" : ", Operands)) + "\"https://b.s3.amazonaws.com\"";
        var (concatenation, conditional) = OnThread(LargeStack, () => (
            SyntaxFactory.ParseExpression(literals),
            SyntaxFactory.ParseExpression(nested)));

        var (text, branches) = OnThread(WindowsStack, () => (
            SdkDeclarationReader.Read(concatenation, regions: null, isRegionType: false),
            SdkDeclarationReader.Read(conditional, regions: null, isRegionType: false)));

        Assert.Equal("https://" + new string('a', Operands - 2) + ".s3.amazonaws.com", Assert.Single(text!));
        Assert.Null(branches); // more branches than a declaration is read for: left to run time
    }

    /// <summary>
    /// <c>"p" + b + "a" + b + "a" + … + last</c>, 100,000 operands, and the text SOV0001 builds of it
    /// (a hole for each <c>b</c>).
    /// </summary>
    private static (string Source, string Text) Concatenation(string last)
    {
        var source = new StringBuilder("class C { string M(string b) => \"p\"");
        var text = new StringBuilder("p");
        for (var i = 1; i < Operands - 1; i++)
        {
            source.Append(i % 2 == 1 ? " + b" : " + \"a\"");
            text.Append(i % 2 == 1 ? HostName.Hole : 'a');
        }

        source.Append(" + \"").Append(last).Append("\"; }");
        text.Append(last);
        return (source.ToString(), text.ToString());
    }

    private static BinaryExpressionSyntax Outermost(SyntaxNode root)
        => root.DescendantNodes(n => n is not BinaryExpressionSyntax).OfType<BinaryExpressionSyntax>().Single();

    private static T OnThread<T>(int stackSize, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            stackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            throw new InvalidOperationException("The work failed on its thread.", failure);
        }

        return result;
    }
}
