namespace Indicators.Catalog;

/// <summary>How an indicator's figures for several regions make the figure of the region that contains them.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<RollupKind>))]
public enum RollupKind
{
    /// <summary>The parent's figure is the sum of its parts' (persons, money, enterprises).</summary>
    Sum = 0,

    /// <summary>The parent's figure is recomputed as the ratio of two other indicators summed over the parts (a rate:
    /// registered unemployed ÷ labour force), never an average of the parts' rates.</summary>
    Ratio = 1,

    /// <summary>The figures do not combine (a per-person amount, a ranking): asking for a roll-up is an error.</summary>
    NotAdditive = 2,
}
