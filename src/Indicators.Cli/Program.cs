using System;
using System.Text;
using Indicators.Cli;

// The `indicators` tool: see CommandLine for the commands and exit codes.
Console.OutputEncoding = Encoding.UTF8;
return CommandLine.Run(args, Console.Out, Console.Error);
