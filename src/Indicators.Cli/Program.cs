using System.Text;
using Indicators.Cli;

// The `indicators` tool: see CommandLine for the commands and exit codes.
System.Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, System.Console.Out, System.Console.Error);
