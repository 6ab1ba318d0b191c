using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net;
using System.Text;
using Indicators.Audit;
using Indicators.Cli.Commands;
using Indicators.Text;

namespace Indicators.Cli.Output;

/// <summary>
/// Writes a <see cref="ReportAudit"/> as one self-contained HTML page (<c>audit --html</c>): inline CSS, no script, nothing
/// fetched (no link, image, font or script from anywhere). At the top the summary (figures, completion statements and
/// whether consistent, findings by severity); then the report's text, every figure in a <c>mark</c> of class <c>fig</c>
/// and <c>fig-</c> its kind, reachable with Tab, whose title and description (shown on hover and focus) give what
/// <c>extract --json</c> gives (<see cref="ParsedInput.FromExtracted"/>) and the figure's bounds
/// (<see cref="FigureInContext.Bounds"/>); then the audit's tables as <see cref="AuditCommand.Sections"/> gives them, each
/// row linked to its figure; then the findings, each linked to the place in the text it is about. Every text is
/// HTML-escaped, and the page is also well-formed XML (void elements closed), so that tests can read it as such.
/// </summary>
internal static class AuditHtml
{
    private const string Style = """
        :root { color-scheme: light; }
        body { margin: 0 auto; max-width: 60rem; padding: 1.5rem; color: #1b1b1b; background: #fff;
          font-family: "Noto Sans CJK SC", "Noto Sans CJK TC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC",
            "Microsoft YaHei", "Microsoft JhengHei", system-ui, sans-serif; line-height: 1.6; }
        h1 { font-size: 1.4rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.15rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid #ccc; }
        .summary { display: flex; flex-wrap: wrap; gap: .5rem 1.5rem; padding: .75rem 1rem; border: 1px solid #bbb;
          border-radius: .4rem; background: #f6f6f6; }
        .summary p { margin: 0; }
        .summary .verdict-consistent { color: #0a6b2d; font-weight: bold; }
        .summary .verdict-inconsistent { color: #a4161a; font-weight: bold; }
        .report { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid #ddd; padding: 1rem; }
        .legend mark { margin-right: .5rem; }
        mark.fig { position: relative; border-radius: .2rem; padding: 0 .1rem; color: inherit; cursor: help; }
        mark.fig-money { background: #ffe08a; }
        mark.fig-headcount { background: #b9e3c6; }
        mark.fig-count { background: #c7dcf7; }
        mark.fig-percent { background: #f5c4d8; }
        mark.fig-percentage-points { background: #e0cff5; }
        mark.fig-foreign-currency { background: #ffd3b0; }
        mark.fig:focus { outline: 3px solid #1a4fd6; outline-offset: 1px; }
        mark.fig:focus:not(:focus-visible) { outline: 2px solid #1a4fd6; }
        :target { outline: 3px dashed #a4161a; outline-offset: 2px; }
        mark.fig, .finding-span { scroll-margin-top: 4rem; }
        .finding-span { text-decoration: underline wavy #a4161a; }
        .desc { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
        .anchor { position: relative; }
        mark.fig:hover + .desc, mark.fig:focus + .desc { position: fixed; right: 1rem; bottom: 1rem; width: 24rem;
          max-width: calc(100vw - 2rem); height: auto; clip-path: none; z-index: 2; white-space: pre-line; padding: .6rem .8rem;
          background: #1b1b1b; color: #fff; border-radius: .3rem; font-size: .9rem; line-height: 1.45;
          box-shadow: 0 .2rem .6rem rgba(0, 0, 0, .35); }
        table { border-collapse: collapse; font-size: .9rem; margin-bottom: .5rem; }
        th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: left; vertical-align: top; }
        td.num { text-align: right; font-variant-numeric: tabular-nums; }
        a:focus { outline: 3px solid #1a4fd6; outline-offset: 1px; }
        ol.findings li { margin-bottom: .4rem; }
        .severity-inconsistency { color: #a4161a; font-weight: bold; }
        .severity-warning { color: #8a5a00; font-weight: bold; }
        .severity-information { color: #35506b; font-weight: bold; }
        """;

    /// <summary>The id of the <c>mark</c> of <paramref name="figure"/>: "fig-" and its index.</summary>
    internal static string FigureId(ExtractedFigure figure) => "fig-" + figure.Index.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page, a whole HTML document.</summary>
    internal static string Page(ReportAudit audit)
    {
        ArgumentNullException.ThrowIfNull(audit);
        Dictionary<AuditFinding, string> targets = [];
        List<Span> spans = Spans(audit, targets);

        var html = new StringBuilder(audit.Extraction.Text.Length * 8);
        html.Append("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\"/>\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
            .Append("<title>indicators audit</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>indicators audit</h1>\n");
        WriteSummary(html, audit);
        html.Append("<p class=\"legend\">Figures by kind: <mark class=\"fig-money\">money</mark><mark class=\"fig-headcount\">headcount</mark>")
            .Append("<mark class=\"fig-count\">count</mark><mark class=\"fig-percent\">percent</mark>")
            .Append("<mark class=\"fig-percentage-points\">percentage points</mark>. Hover over a figure or reach it with Tab to see its value, ")
            .Append("bounds, qualifier, period and indicator.</p>\n");

        html.Append("<h2 id=\"report\">Report</h2>\n<div class=\"report\">");
        WriteText(html, audit.Extraction.Text, spans);
        html.Append("</div>\n");

        foreach (AuditSection section in AuditCommand.Sections(audit))
        {
            if (section.Rows.Count > 0)
            {
                WriteTable(html, section);
            }
        }

        html.Append("<h2 id=\"findings\">Findings</h2>\n");
        if (audit.Findings.Count == 0)
        {
            html.Append("<p>None.</p>\n");
        }
        else
        {
            html.Append("<ol class=\"findings\">\n");
            foreach (AuditFinding finding in audit.Findings)
            {
                string severity = AuditCommand.Severity(finding.Severity);
                html.Append("<li><span class=\"severity-").Append(severity).Append("\">").Append(severity).Append("</span> at ")
                    .Append("<a href=\"#").Append(targets[finding]).Append("\">")
                    .Append(finding.Start.ToString(CultureInfo.InvariantCulture)).Append(": ")
                    .Append(Escape(audit.Extraction.Text.AsSpan(finding.Start, finding.Length))).Append("</a>: ")
                    .Append(Escape(finding.Message)).Append("</li>\n");
            }

            html.Append("</ol>\n");
        }

        html.Append("</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>What the page says of a figure, one line a field: its text, value, bounds, qualifier and status, period,
    /// indicator and role, as <c>extract --json</c> names them.</summary>
    internal static string Describe(ExtractedFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ParsedInput reading = ParsedInput.FromExtracted(figure);
        (string valueUnit, string boundsUnit) = Units(figure, reading);
        var text = new StringBuilder();
        text.Append(figure.Text).Append(" (").Append(reading.Kind).Append(")\n")
            .Append("value: ").Append(reading.Value).Append(valueUnit).Append('\n')
            .Append("interval: ").Append(figure.Figure.Bounds.ToString()).Append(boundsUnit).Append('\n')
            .Append("qualifier: ").Append(reading.Qualifier).Append("; status: ").Append(reading.Status).Append('\n')
            .Append("period: ").Append(figure.Period?.Text ?? "none").Append('\n')
            .Append("indicator: ").Append(figure.Indicator?.Text ?? "none").Append('\n')
            .Append("role: ").Append(ParseWireNames.Role(figure.Role));
        return text.ToString();
    }

    // The units of the value (as ParsedInput gives it: 元, persons, units, a fraction for a percent, points) and of the
    // bounds (FigureInContext.Bounds: fen, persons, units, a fraction for a percent and for percentage points).
    private static (string Value, string Bounds) Units(ExtractedFigure figure, ParsedInput reading) => figure.Kind switch
    {
        FigureKind.Money => (" 元", " fen"),
        FigureKind.Headcount => (" persons", " persons"),
        FigureKind.Count => (" " + reading.Unit, " " + reading.Unit),
        FigureKind.Percent => (" (fraction)", " (fraction)"),
        FigureKind.PercentagePoints => (" points", " (fraction)"),
        _ => (" " + reading.Unit, " " + reading.Unit),
    };

    private static void WriteSummary(StringBuilder html, ReportAudit audit)
    {
        int[] bySeverity = new int[3];
        foreach (AuditFinding finding in audit.Findings)
        {
            bySeverity[finding.Severity switch
            {
                AuditSeverity.Inconsistency => 0,
                AuditSeverity.Warning => 1,
                _ => 2,
            }]++;
        }

        string verdict = audit.IsConsistent ? "consistent" : "inconsistent";
        html.Append("<div class=\"summary\" role=\"status\">\n<p id=\"summary\">").Append(Escape(AuditCommand.Summary(audit))).Append("</p>\n")
            .Append("<p>Figures found: <strong>").Append(At(audit.Extraction.Figures.Count)).Append("</strong></p>\n")
            .Append("<p>Completion statements: <strong>").Append(At(audit.Completions.Count)).Append("</strong>, <span class=\"verdict-")
            .Append(verdict).Append("\">").Append(verdict).Append("</span></p>\n")
            .Append("<p>Findings: ").Append(At(bySeverity[0])).Append(" inconsistency, ").Append(At(bySeverity[1])).Append(" warning, ")
            .Append(At(bySeverity[2])).Append(" information</p>\n</div>\n");
    }

    private static void WriteTable(StringBuilder html, AuditSection section)
    {
        html.Append("<h2>").Append(Escape(section.Title)).Append("</h2>\n<table>\n<thead><tr>");
        foreach (string name in section.Header)
        {
            html.Append("<th scope=\"col\">").Append(Escape(name)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach ((ExtractedFigure figure, string[] cells) in section.Rows)
        {
            html.Append("<tr>");
            for (int i = 0; i < cells.Length; i++)
            {
                html.Append(section.Numeric[i] ? "<td class=\"num\">" : "<td>");
                if (i == 0)
                {
                    html.Append("<a href=\"#").Append(FigureId(figure)).Append("\">").Append(Escape(cells[i])).Append("</a>");
                }
                else
                {
                    html.Append(Escape(cells[i]));
                }

                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    // The elements laid over the text: a mark per figure, and a span per finding whose place is not a figure's and nests
    // with the marks and the other spans. Each finding's link target goes into targets: the mark of the figure it is
    // about when its place is that figure's, else its own span, else (when its place crosses a mark or another finding's
    // span) the first mark or span it overlaps. Sorted by start, the longer first, so that they nest.
    private static List<Span> Spans(ReportAudit audit, Dictionary<AuditFinding, string> targets)
    {
        var spans = new List<Span>();
        foreach (ExtractedFigure figure in audit.Extraction.Figures)
        {
            spans.Add(new Span(figure.Start, figure.Start + figure.Length, FigureId(figure), figure));
        }

        for (int k = 0; k < audit.Findings.Count; k++)
        {
            AuditFinding finding = audit.Findings[k];
            int start = finding.Start, end = finding.Start + finding.Length;
            if (spans.Find(s => s.Start == start && s.End == end) is { } same)
            {
                targets[finding] = same.Id;
            }
            else if (spans.TrueForAll(s => s.End <= start || end <= s.Start || (start <= s.Start && s.End <= end) || (s.Start <= start && end <= s.End)))
            {
                var span = new Span(start, end, "finding-" + k.ToString(CultureInfo.InvariantCulture), null);
                spans.Add(span);
                targets[finding] = span.Id;
            }
        }

        for (int k = 0; k < audit.Findings.Count; k++)
        {
            AuditFinding finding = audit.Findings[k];
            if (!targets.ContainsKey(finding))
            {
                int start = finding.Start, end = Math.Max(finding.Start + finding.Length, finding.Start + 1);
                Span? overlapped = spans.Find(s => s.Start < end && start < s.End);
                targets[finding] = overlapped?.Id ?? "report";
            }
        }

        spans.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        return spans;
    }

    private static void WriteText(StringBuilder html, string text, List<Span> spans)
    {
        var open = new Stack<Span>();
        int at = 0;
        foreach (Span span in spans)
        {
            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                at = Close(html, text, at, open.Pop());
            }

            html.Append(Escape(text.AsSpan(at, span.Start - at)));
            at = span.Start;
            if (span.Figure is { } figure)
            {
                string kind = ParsedInput.FromExtracted(figure).Kind ?? "none";
                string description = Describe(figure);
                html.Append("<mark class=\"fig fig-").Append(kind).Append("\" id=\"").Append(span.Id).Append("\" tabindex=\"0\" title=\"")
                    .Append(Escape(description).Replace("\n", "&#10;", StringComparison.Ordinal)).Append("\" aria-describedby=\"")
                    .Append(span.Id).Append("-d\">");
            }
            else
            {
                html.Append("<span class=\"finding-span\" id=\"").Append(span.Id).Append("\">");
            }

            open.Push(span);
        }

        while (open.Count > 0)
        {
            at = Close(html, text, at, open.Pop());
        }

        html.Append(Escape(text.AsSpan(at)));
    }

    private static int Close(StringBuilder html, string text, int at, Span span)
    {
        html.Append(Escape(text.AsSpan(at, span.End - at)));
        if (span.Figure is { } figure)
        {
            html.Append("</mark><span class=\"desc\" role=\"tooltip\" aria-hidden=\"true\" id=\"").Append(span.Id).Append("-d\">").Append(Escape(Describe(figure))).Append("</span>");
        }
        else
        {
            html.Append("</span>");
        }

        return span.End;
    }

    private static string At(int number) => number.ToString(CultureInfo.InvariantCulture);

    private static string Escape(ReadOnlySpan<char> text) => WebUtility.HtmlEncode(text.ToString());

    private static string Escape(string text) => WebUtility.HtmlEncode(text);

    private sealed record Span(int Start, int End, string Id, ExtractedFigure? Figure);
}
