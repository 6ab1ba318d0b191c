using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Indicators.Tests.Support;

/// <summary>
/// A failed <see cref="Debug.Assert(bool, string)"/> in the library throws, and so fails the test that reached it, instead
/// of ending the test process (the default without a debugger), which a test run reports as a crash and Stryker, the
/// mutation tester, counts as a surviving mutant.
/// </summary>
internal static class FailingAsserts
{
    [ModuleInitializer]
    internal static void Install()
    {
        Trace.Listeners.Clear();
        Trace.Listeners.Add(new ThrowingListener());
    }

    private sealed class ThrowingListener : TraceListener
    {
        public override void Fail(string? message, string? detailMessage) =>
            throw new InvalidOperationException("Debug.Assert failed: " + message + (detailMessage is null ? string.Empty : " " + detailMessage));

        public override void Write(string? message)
        {
        }

        public override void WriteLine(string? message)
        {
        }
    }
}
