using System.Collections.Generic;
using Indicators.Periods;
using Indicators.Reporting;

namespace Indicators.Aggregation;

/// <content>The printed completion rates, for the JSON writer (<see cref="Serialization.DatasetJson"/>).</content>
public sealed partial class Dataset
{
    /// <summary>Every printed completion rate, by indicator index, region index and period, in that order.</summary>
    internal IEnumerable<(string Indicator, string Region, ReportingPeriod Period, PublishedRate Rate)> CompletionRateEntries()
    {
        var keys = new List<(int Indicator, int Region, ReportingPeriod Period)>(completionRates.Keys);
        keys.Sort((a, b) =>
        {
            int c = a.Indicator.CompareTo(b.Indicator);
            if (c == 0)
            {
                c = a.Region.CompareTo(b.Region);
            }

            return c != 0 ? c : ReportingPeriod.ChronologicalComparer.Compare(a.Period, b.Period);
        });
        foreach (var key in keys)
        {
            yield return (Catalog.At(key.Indicator).Code, Regions.Regions[key.Region].Id, key.Period, completionRates[key]);
        }
    }
}
