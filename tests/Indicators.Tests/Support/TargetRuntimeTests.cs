using System;
using System.Runtime.InteropServices;
using Xunit;

namespace Indicators.Tests.Support;

/// <summary>Each target framework's build runs on its own runtime: the net8.0 tests do not roll forward onto .NET 10.</summary>
public class TargetRuntimeTests
{
    [Fact]
    public void Runtime_IsTheTargetFrameworks()
    {
#if NET10_0
        const int expected = 10;
#elif NET8_0
        const int expected = 8;
#else
        const int expected = -1; // a target framework this test does not know yet
#endif
        Assert.True(expected == Environment.Version.Major, RuntimeInformation.FrameworkDescription);
    }
}
