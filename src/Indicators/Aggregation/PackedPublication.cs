using System;
using Indicators.Quantities;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <summary>
/// How a figure of a dataset was printed, in one <see cref="int"/>: decimals (6 bits), scale (4 bits), qualifier (3 bits),
/// strictness (1 bit) and status (2 bits). With the value in base units (a <see cref="long"/>) it is the whole publication.
/// </summary>
internal readonly record struct PackedPublication(int Bits)
{
    private const int DecimalsMask = 0x3F;
    private const int ScaleShift = 6;
    private const int QualifierShift = 10;
    private const int StrictShift = 13;
    private const int StatusShift = 14;

    internal int Decimals => Bits & DecimalsMask;

    internal Scale Scale => (Scale)((Bits >> ScaleShift) & 0xF);

    internal Qualifier Qualifier => (Qualifier)((Bits >> QualifierShift) & 0x7);

    internal bool Inclusive => ((Bits >> StrictShift) & 1) == 0;

    internal FigureStatus Status => (FigureStatus)((Bits >> StatusShift) & 0x3);

    internal DisplayFormat Precision => new(Scale, Decimals);

    internal static PackedPublication Of(PrintedNumber printed, Qualifier qualifier, bool inclusive, FigureStatus status)
    {
        if (printed.Decimals > DecimalsMask || (int)printed.Scale > 0xF || (int)qualifier > 0x7 || (int)status > 0x3)
        {
            throw new ArgumentException($"A dataset cannot hold a figure printed with {printed.Decimals} decimals in scale {printed.Scale}.", nameof(printed));
        }

        return new PackedPublication(
            printed.Decimals | ((int)printed.Scale << ScaleShift) | ((int)qualifier << QualifierShift)
            | ((inclusive ? 0 : 1) << StrictShift) | ((int)status << StatusShift));
    }
}
