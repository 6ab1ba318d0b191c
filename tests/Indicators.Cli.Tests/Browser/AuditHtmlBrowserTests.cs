using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Indicators.Audit;
using Indicators.Cli.Tests.Support;
using Indicators.Tests.Shared;
using Microsoft.Playwright;
using Xunit;

namespace Indicators.Cli.Tests.Browser;

/// <summary>
/// The page of <c>indicators audit FILE --html</c> in a real browser: Debian's headless Chromium
/// (<see cref="ChromiumFactAttribute.ExecutablePath"/>, installed by .ci/run) driven by Playwright, the page opened from a
/// file:// URL with every request recorded and anything not file: or data: aborted. A mark per figure; the description of
/// 14.64萬人 shown on hover and on focus and given as its accessible description; Tab from one mark to the next; a finding's
/// link scrolls to the figure it names; no request but the page itself. Skipped when Chromium is not installed.
/// </summary>
public sealed class AuditHtmlBrowserTests
{
    private const string Known = "14.64萬人";

    // A screenshot of the reference report's page goes to INDICATORS_AUDIT_SCREENSHOT when set (docs/cli.md shows a report of our own instead).
    private const string ScreenshotVariable = "INDICATORS_AUDIT_SCREENSHOT";

    [ChromiumFact]
    public async Task ReferenceReport_InChromium_MarksDescriptionsLinks_NoRequest()
    {
        var clock = Stopwatch.StartNew();
        string text = ReferenceReport.Text();
        int figures = ReportAudit.Of(text).Extraction.Figures.Count;
        Assert.Equal(79, figures);
        string file = WritePage(ReferenceReport.Path());

        using IPlaywright playwright = await Playwright.CreateAsync();
        await using IBrowser browser = await playwright.Chromium.LaunchAsync(ChromiumFactAttribute.LaunchOptions());
        await using IBrowserContext context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1000, Height = 1400 }, Locale = "zh-CN" });
        var requests = new List<string>();
        context.Request += (_, request) => requests.Add(request.Url);
        await context.RouteAsync("**/*", async route =>
        {
            string url = route.Request.Url;
            if (url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.AbortAsync();
            }
        });
        IPage page = await context.NewPageAsync();
        string url = new Uri(file).AbsoluteUri;
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load });

        // A mark per figure.
        Assert.Equal(figures, await page.Locator("mark.fig").CountAsync());

        // The known figure: its description is hidden until hovered or focused, then shows its value and bounds.
        ILocator mark = page.Locator("mark.fig", new() { HasTextString = Known });
        Assert.Equal(1, await mark.CountAsync());
        string id = (await mark.GetAttributeAsync("id"))!;
        ILocator description = page.Locator("#" + id + "-d");
        Assert.True(await Width(description) <= 1, "the description is visually hidden before hover or focus");
        await mark.HoverAsync();
        Assert.True(await Width(description) > 100, "hover shows the description");
        string shown = await description.InnerTextAsync();
        Assert.Contains("value: 146400 persons", shown, StringComparison.Ordinal);
        Assert.Contains("interval: [146350, 146450) persons", shown, StringComparison.Ordinal);
        Assert.Contains("interval: [146350, 146450) persons", await mark.GetAttributeAsync("title"), StringComparison.Ordinal);
        await Assertions.Expect(mark).ToHaveAccessibleDescriptionAsync(new System.Text.RegularExpressions.Regex(@"value: 146400 persons.*interval: \[146350, 146450\) persons", System.Text.RegularExpressions.RegexOptions.Singleline));

        await page.Mouse.MoveAsync(0, 0);
        await mark.FocusAsync();
        Assert.Equal(id, await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await Width(description) > 100, "focus shows the description");
        Assert.NotEqual("none", await mark.EvaluateAsync<string>("m => getComputedStyle(m).outlineStyle"));

        // Tab moves to the next figure.
        int index = int.Parse(id["fig-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("fig-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), await page.EvaluateAsync<string>("() => document.activeElement.id"));

        // A finding's link goes to the figure it names.
        ILocator link = page.Locator("ol.findings a").First;
        string href = (await link.GetAttributeAsync("href"))!;
        await link.ClickAsync();
        Assert.Equal(href, await page.EvaluateAsync<string>("() => location.hash"));
        Assert.Equal(href[1..], await page.EvaluateAsync<string>("() => document.querySelector(':target').id"));
        Assert.Equal("MARK", await page.EvaluateAsync<string>("() => document.querySelector(':target').tagName"));
        Assert.Equal("近200多名", await page.Locator(href).InnerTextAsync());
        Assert.True(await page.Locator(href).IsVisibleAsync());
        string where = await page.EvaluateAsync<string>("h => { const r = document.querySelector(h).getBoundingClientRect(); return r.top + ' ' + r.bottom + ' ' + innerHeight; }", href);
        double[] rect = where.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.True(rect[0] >= 0 && rect[1] <= rect[2], "the target is in view: top, bottom, height " + where);

        // The screenshot of docs/cli.md, from the top, at a fixed viewport, the first money figure focused.
        await page.EvaluateAsync("() => { location.hash = ''; window.scrollTo(0, 0); }");
        await page.Mouse.MoveAsync(0, 0);
        await page.Locator("mark.fig.fig-money").First.FocusAsync();
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        Assert.Equal("147.16億元", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        string shot = Environment.GetEnvironmentVariable(ScreenshotVariable) is { Length: > 0 } wanted
            ? Path.GetFullPath(wanted)
            : Path.Combine(Path.GetTempPath(), "indicators-audit-page-" + Guid.NewGuid().ToString("N") + ".png");
        byte[] png = await page.ScreenshotAsync(new() { Path = shot });
        Assert.True(png.Length > 10_000);

        // Nothing but the page itself was requested.
        Assert.NotEmpty(requests);
        Assert.All(requests, r => Assert.True(r.StartsWith("file://", StringComparison.Ordinal) || r.StartsWith("data:", StringComparison.Ordinal), "requested " + r));
        Assert.All(requests, r => Assert.True(r.StartsWith("data:", StringComparison.Ordinal) || r == url, "requested " + r));
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "took " + clock.Elapsed);
    }

    private static async Task<double> Width(ILocator locator) => (await locator.BoundingBoxAsync())?.Width ?? 0;

    /// <summary>Writes the page of <paramref name="report"/> to a new file with <c>audit --html -o</c>.</summary>
    private static string WritePage(string report)
    {
        string file = Path.Combine(Path.GetTempPath(), "indicators-audit-" + Guid.NewGuid().ToString("N") + ".html");
        (int code, string output, string error) = CliRun.Run("audit", report, "--html", "-o", file);
        Assert.Equal((0, string.Empty, string.Empty), (code, output, error));
        return file;
    }
}
