using Indicators.Periods;

namespace Indicators.Sdmx;

/// <summary>A row of action D (delete) of an SDMX-CSV message.</summary>
/// <param name="Line">The line the row starts on.</param>
/// <param name="Indicator">Its INDICATOR.</param>
/// <param name="Region">Its REF_AREA.</param>
/// <param name="Period">Its TIME_PERIOD.</param>
/// <param name="Removed">Whether an earlier row of the message had given that observation, now removed; false when there
/// was none to remove (the deletion is meant for a store the message is sent to, not for the imported dataset).</param>
public sealed record SdmxDeletion(int Line, string Indicator, string Region, ReportingPeriod Period, bool Removed);
