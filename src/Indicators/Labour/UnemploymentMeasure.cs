using System.Text.Json.Serialization;

namespace Indicators.Labour;

/// <summary>
/// Which unemployment rate a figure is. The two are different measures of different populations; comparing one with the
/// other is an error.
/// </summary>
[JsonConverter(typeof(Indicators.Serialization.EnumNameJsonConverter<UnemploymentMeasure>))]
public enum UnemploymentMeasure
{
    /// <summary>
    /// 城镇登记失业率, the registered urban unemployment rate: an administrative count. Registered unemployed at the period
    /// end ÷ (urban employed at the period end + registered unemployed at the period end), where both counts follow the
    /// National Bureau of Statistics' explanatory notes on main statistical indicators (China Statistical Yearbook,
    /// employment chapter): the employed are those of urban units (less rural labour, re-employed retirees and
    /// Hong Kong, Macao, Taiwan and foreign staff), off-post staff of urban units, urban private-enterprise owners and
    /// employees, and self-employed owners and workers; the registered unemployed are urban residents of working age,
    /// able and wanting to work, without work, registered with a local employment service.
    /// </summary>
    RegisteredUrban = 0,

    /// <summary>
    /// 城镇调查失业率, the surveyed urban unemployment rate: from the household labour-force survey, on International Labour
    /// Organization criteria, covering every urban resident (local and migrant).
    /// </summary>
    SurveyedUrban = 1,
}
