using System;
using System.Collections.Generic;
using System.Globalization;

namespace Indicators.Tests.Support;

/// <summary>The cultures every culture-sensitive test runs under, named and pinned.</summary>
public static class Cultures
{
    /// <summary>The current cultures the suite must give the same results under.</summary>
    public static readonly string[] Current = ["zh-CN", "zh-TW", "en-US", "tr-TR", "de-DE"];

    /// <summary>The format providers whose written forms we support: invariant, zh-Hans, zh-Hant, English.</summary>
    public static readonly CultureInfo?[] Providers =
    [
        null,
        CultureInfo.InvariantCulture,
        CultureInfo.GetCultureInfo("zh-CN"),
        CultureInfo.GetCultureInfo("zh-Hans"),
        CultureInfo.GetCultureInfo("zh-TW"),
        CultureInfo.GetCultureInfo("zh-HK"),
        CultureInfo.GetCultureInfo("zh-Hant"),
        CultureInfo.GetCultureInfo("en-US"),
        CultureInfo.GetCultureInfo("en-GB"),
        CultureInfo.GetCultureInfo("de-DE"),
        CultureInfo.GetCultureInfo("tr-TR"),
    ];

    /// <summary>xunit data: one row per current culture.</summary>
    public static IEnumerable<object[]> CurrentData()
    {
        foreach (string name in Current)
        {
            yield return [name];
        }
    }

    /// <summary>Runs <paramref name="action"/> with the current culture and UI culture set to <paramref name="name"/>.</summary>
    public static T With<T>(string name, Func<T> action)
    {
        CultureInfo culture = CultureInfo.CurrentCulture;
        CultureInfo ui = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return action();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = ui;
        }
    }

    /// <summary>Runs <paramref name="action"/> under <paramref name="name"/>.</summary>
    public static void With(string name, Action action) => With(name, () =>
    {
        action();
        return 0;
    });
}
