namespace Indicators.Catalog;

/// <summary>What an indicator's figures are: which quantity type holds them.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<IndicatorQuantity>))]
public enum IndicatorQuantity
{
    /// <summary>An amount of money (<see cref="Quantities.Money"/>), printed in 元, 万元 or 亿元.</summary>
    Money = 0,

    /// <summary>A number of persons (<see cref="Quantities.Headcount"/>): 人, 名, 位.</summary>
    Persons = 1,

    /// <summary>A number of counted units other than persons (<see cref="Quantities.UnitCount"/> in the unit the definition
    /// names): enterprises (家), positions (个), events (场), person-times (人次) …</summary>
    Count = 2,

    /// <summary>A rate (<see cref="Quantities.Percent"/>): 城镇登记失业率 1.38%.</summary>
    Rate = 3,
}
