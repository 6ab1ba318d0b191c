using System;
using Indicators.Catalog;
using Indicators.Reporting;

namespace Indicators.Sdmx;

/// <summary>The codes of the coded attributes: OBS_STATUS, OBS_QUALIFIER, UNIT_MEASURE. Each table is here once, for writing and reading.</summary>
internal static class SdmxCodes
{
    /// <summary>UNIT_MEASURE of money: the ISO 4217 code of the yuan.</summary>
    internal const string Yuan = "CNY";

    /// <summary>UNIT_MEASURE of persons.</summary>
    internal const string Persons = "person";

    /// <summary>UNIT_MEASURE of rates (the number is in percent).</summary>
    internal const string Percent = "percent";

    internal static string Status(FigureStatus status) => status switch
    {
        FigureStatus.Estimated => "E",
        FigureStatus.Forecast => "F",
        FigureStatus.Provisional => "P",
        _ => "A",
    };

    internal static bool TryStatus(ReadOnlySpan<char> code, out FigureStatus status)
    {
        status = code switch
        {
            "A" or "" => FigureStatus.Normal,
            "E" => FigureStatus.Estimated,
            "F" => FigureStatus.Forecast,
            "P" => FigureStatus.Provisional,
            _ => (FigureStatus)(-1),
        };
        return (int)status >= 0;
    }

    internal static string Qualifier(Qualifier qualifier, bool inclusive) => qualifier switch
    {
        Reporting.Qualifier.Approximately => "APPROX",
        Reporting.Qualifier.AtMost => inclusive ? "AT_MOST" : "BELOW",
        Reporting.Qualifier.AtLeast => inclusive ? "AT_LEAST" : "OVER",
        Reporting.Qualifier.Span => "SPAN",
        _ => string.Empty,
    };

    internal static bool TryQualifier(ReadOnlySpan<char> code, out Qualifier qualifier, out bool inclusive)
    {
        inclusive = true;
        qualifier = Reporting.Qualifier.None;
        switch (code)
        {
            case "":
                return true;
            case "APPROX":
                qualifier = Reporting.Qualifier.Approximately;
                return true;
            case "AT_MOST":
                qualifier = Reporting.Qualifier.AtMost;
                return true;
            case "BELOW":
                qualifier = Reporting.Qualifier.AtMost;
                inclusive = false;
                return true;
            case "AT_LEAST":
                qualifier = Reporting.Qualifier.AtLeast;
                return true;
            case "OVER":
                qualifier = Reporting.Qualifier.AtLeast;
                inclusive = false;
                return true;
            case "SPAN":
                qualifier = Reporting.Qualifier.Span;
                return true;
            default:
                return false;
        }
    }

    internal static string Unit(IndicatorDefinition indicator) => indicator.Quantity switch
    {
        IndicatorQuantity.Money => Yuan,
        IndicatorQuantity.Persons => Persons,
        IndicatorQuantity.Count => indicator.Unit!.Code,
        _ => Percent,
    };

    /// <summary>OBS_QUALIFIER of a target: AT_LEAST or OVER (a floor, inclusive or not), AT_MOST or BELOW (a ceiling), APPROX (a level).</summary>
    internal static string Target(Targets.TargetKind kind, bool inclusive) => kind switch
    {
        Targets.TargetKind.AtLeast => inclusive ? "AT_LEAST" : "OVER",
        Targets.TargetKind.AtMost => inclusive ? "AT_MOST" : "BELOW",
        _ => "APPROX",
    };

    /// <summary>DERIVATION of a derived figure.</summary>
    internal static string Derivation(Aggregation.DerivationKind kind) => kind switch
    {
        Aggregation.DerivationKind.Total => "TOTAL",
        Aggregation.DerivationKind.PerUnit => "PER_UNIT",
        Aggregation.DerivationKind.Share => "SHARE",
        _ => "PRODUCT",
    };

    internal static bool TryDerivation(ReadOnlySpan<char> code, out Aggregation.DerivationKind kind)
    {
        kind = code switch
        {
            "TOTAL" => Aggregation.DerivationKind.Total,
            "PER_UNIT" => Aggregation.DerivationKind.PerUnit,
            "SHARE" => Aggregation.DerivationKind.Share,
            "PRODUCT" => Aggregation.DerivationKind.Product,
            _ => (Aggregation.DerivationKind)(-1),
        };
        return (int)kind >= 0;
    }
}
