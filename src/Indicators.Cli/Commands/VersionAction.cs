using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace Indicators.Cli.Commands;

/// <summary>
/// <c>--version</c>: prints the tool's informational version (its version and the commit it was built from). Unlike
/// System.CommandLine's own action, which prints the entry assembly's, it prints this assembly's, wherever it is hosted.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The tool's informational version.</summary>
    internal static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString()
        ?? throw new InvalidOperationException("The tool's assembly has no version.");

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        parseResult.InvocationConfiguration.Output.WriteLine(Version);
        return CommandLine.Agree;
    }
}
