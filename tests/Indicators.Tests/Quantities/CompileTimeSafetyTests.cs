using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Indicators.Quantities;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Indicators.Tests.Quantities;

/// <summary>
/// What must not compile, checked by compiling it: persons plus enterprises, counts of two units, rate plus rate.
/// Each case has a control that differs only in the offending part and does compile, so a broken harness cannot pass.
/// </summary>
public class CompileTimeSafetyTests
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        return trusted.Split(Path.PathSeparator)
            .Append(typeof(Money).Assembly.Location)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToArray();
    });

    [Theory]
    [InlineData("Headcount.FromPersons(1) + Count<Enterprises>.Of(1)")]
    [InlineData("Count<Enterprises>.Of(1) + Count<Positions>.Of(1)")]
    [InlineData("Count<PersonTimes>.Of(1) + Headcount.FromPersons(1)")]
    [InlineData("Money.FromYuan(1m) + Headcount.FromPersons(1)")]
    [InlineData("Percent.FromPercentage(1m) + Percent.FromPercentage(2m)")]
    [InlineData("Money.FromYuan(1m) * 1.5m")]
    [InlineData("Percent.FromPercentage(1m) + 1m")]
    public void MixingKinds_DoesNotCompile(string expression)
    {
        List<string> errors = Compile(expression);
        Assert.Contains(errors, e => e.StartsWith("CS0019", StringComparison.Ordinal) || e.StartsWith("CS1503", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Headcount.FromPersons(1) + Headcount.FromPersons(1)")]
    [InlineData("Count<Enterprises>.Of(1) + Count<Enterprises>.Of(1)")]
    [InlineData("Percent.FromPercentage(2m) - Percent.FromPercentage(1m)")]
    [InlineData("Percent.FromPercentage(2m) + PercentagePoints.FromPoints(1m)")]
    [InlineData("Money.FromYuan(1m) * 3")]
    [InlineData("Money.FromYuan(1m) / Money.FromYuan(3m)")]
    public void SameKinds_Compile(string expression) => Assert.Empty(Compile(expression));

    private static List<string> Compile(string expression)
    {
        string source = $$"""
            using Indicators.Quantities;
            public static class Probe
            {
                public static object Run() => {{expression}};
            }
            """;
        CSharpCompilation compilation = CSharpCompilation.Create(
            "Probe",
            [CSharpSyntaxTree.ParseText(source)],
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id + ": " + d.GetMessage(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
    }
}
