using System;
using System.Collections.Generic;

namespace Indicators.Quantities.Figures;

/// <summary>What one kind of figure looks like in text: its unit markers and which parts it allows.</summary>
internal sealed class FigureSyntax
{
    internal FigureSyntax(string typeName, IReadOnlyList<(UnitText Unit, int Id)> units, bool allowsSign, bool allowsScale, bool allowsFraction)
    {
        TypeName = typeName;
        AllowsSign = allowsSign;
        AllowsScale = allowsScale;
        AllowsFraction = allowsFraction;
        var markers = new List<(string, int)>();
        var expected = new List<string>();
        foreach ((UnitText unit, int id) in units)
        {
            foreach (string marker in UnitText.Distinct(unit.Markers()))
            {
                markers.Add((marker, id));
                expected.Add(marker);
            }
        }

        markers.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        Markers = markers.ToArray();
        ExpectedUnit = "a unit (" + string.Join(", ", UnitText.Distinct(expected)) + ")";
        NotNegative = "no sign: " + typeName + " cannot be negative";
    }

    internal FigureSyntax(string typeName, UnitText unit, bool allowsSign, bool allowsScale, bool allowsFraction = false)
        : this(typeName, new[] { (unit, 0) }, allowsSign, allowsScale, allowsFraction)
    {
    }

    internal string TypeName { get; }

    internal bool AllowsSign { get; }

    internal bool AllowsScale { get; }

    internal bool AllowsFraction { get; }

    /// <summary>Every unit marker with the id of its unit, longest first.</summary>
    internal (string Marker, int Id)[] Markers { get; }

    internal string ExpectedUnit { get; }

    internal string NotNegative { get; }

    /// <summary>Matches the longest unit marker at the start of <paramref name="text"/>.</summary>
    internal bool TryMatchUnit(ReadOnlySpan<char> text, out int length, out int id)
    {
        foreach ((string marker, int unitId) in Markers)
        {
            if (text.StartsWith(marker, StringComparison.OrdinalIgnoreCase))
            {
                length = marker.Length;
                id = unitId;
                return true;
            }
        }

        length = 0;
        id = -1;
        return false;
    }
}
