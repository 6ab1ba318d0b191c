using System.IO;
using Microsoft.Playwright;
using Xunit;

namespace Indicators.Cli.Tests.Browser;

/// <summary>A fact that needs Debian's Chromium at <see cref="ExecutablePath"/> (the chromium package; .ci/run installs
/// it); skipped, saying so, when it is not there. Playwright's own browser download is never used.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    /// <summary>The real binary of Debian's chromium package (/usr/bin/chromium is a shell wrapper around it).</summary>
    public const string ExecutablePath = "/usr/lib/chromium/chromium";

    /// <summary>A fact skipped when <see cref="ExecutablePath"/> does not exist.</summary>
    public ChromiumFactAttribute()
    {
        if (!File.Exists(ExecutablePath))
        {
            Skip = $"Chromium is not installed at {ExecutablePath}: install the Debian package chromium (.ci/run does) to run this browser test.";
        }
    }

    /// <summary>How the tests launch it: headless, no sandbox (CI runs as root), no GPU, and nothing of its own fetched
    /// (no QUIC, no background networking, no component updates, no sync).</summary>
    internal static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
        ],
    };
}
