using System;

namespace Indicators.Quantities.Figures;

/// <summary>Powers of ten as <see cref="Int128"/>, 10⁰ to 10³⁸.</summary>
internal static class Pow10
{
    internal const int Max = 38;

    private static readonly Int128[] Table = Build();

    internal static Int128 Of(int exponent) => Table[exponent];

    private static Int128[] Build()
    {
        var table = new Int128[Max + 1];
        table[0] = 1;
        for (int i = 1; i <= Max; i++)
        {
            table[i] = table[i - 1] * 10;
        }

        return table;
    }
}
