using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>The counts page's API: the Inspectie's quarterly count, a day's legal counts and the trends, as JSON and CSV.</summary>
internal static partial class CountEndpoints
{
    private static readonly string[] Kinds = ["REGIO", "GEMEENTE", "SCHOOL"];

    public static RouteGroupBuilder MapCountEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/quarter", QuarterAsync);
        group.MapGet("/quarter.csv", QuarterCsvAsync);
        group.MapGet("/day", DayAsync);
        group.MapGet("/day.csv", DayCsvAsync);
        group.MapGet("/trend", TrendAsync);
        return group;
    }

    private static async Task<Ok<QuarterCount>> QuarterAsync(HttpContext http, CaseCounts counts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (year, quarter) = Quarter(http.Request, clock);
        return TypedResults.Ok(await counts.QuarterAsync(http.User.ToCaller(), year, quarter, cancellationToken));
    }

    private static async Task<FileContentHttpResult> QuarterCsvAsync(HttpContext http, CaseCounts counts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (year, quarter) = Quarter(http.Request, clock);
        var count = await counts.QuarterAsync(http.User.ToCaller(), year, quarter, cancellationToken);
        var csv = new CaseCsv().Line("Kwartaal", "Van", "Tot en met", "Indeling", "Waarde", "Aantal");
        void Lines(string group, IEnumerable<CountCell> cells)
        {
            foreach (var cell in cells)
            {
                csv.Line(count.Quarter, CaseCsv.Date(count.From), CaseCsv.Date(count.To), group, CountLabels.Of(cell.Key), cell.Shown);
            }
        }

        Lines("Totaal", [count.Total, count.Thuiszitters]);
        Lines("Status", count.ByStatus);
        Lines("Duur", count.ByBand);
        Lines("Sector", count.BySector);
        Lines("Reden", count.ByReason);
        return TypedResults.File(csv.ToBytes(), "text/csv; charset=utf-8", $"inspectie-telling-{count.Quarter}.csv");
    }

    private static async Task<Results<Ok<LegalCounts>, ProblemHttpResult>> DayAsync(HttpContext http, CaseCounts counts, CancellationToken cancellationToken)
    {
        var (kind, scope, day) = Scope(http.Request, "day");
        var result = await counts.DayAsync(http.User.ToCaller(), kind, scope, day, cancellationToken);
        return result is null ? CaseProblems.NotFound() : TypedResults.Ok(result);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DayCsvAsync(HttpContext http, CaseCounts counts, CancellationToken cancellationToken)
    {
        var (kind, scope, day) = Scope(http.Request, "day");
        if (await counts.DayAsync(http.User.ToCaller(), kind, scope, day, cancellationToken) is not { } result)
        {
            return CaseProblems.NotFound();
        }

        var csv = new CaseCsv().Line("Peildatum", "Niveau", "Gebied", "Telling", "Aantal");
        foreach (var cell in result.Counts)
        {
            csv.Line(CaseCsv.Date(result.Day), CountLabels.Of(kind), scope, CountMetrics.Labels[cell.Key], cell.Shown);
        }

        return TypedResults.File(csv.ToBytes(), "text/csv; charset=utf-8", $"wettelijke-tellingen-{scope.Replace('*', 'x')}.csv");
    }

    private static async Task<Results<Ok<IReadOnlyList<TrendSeries>>, ProblemHttpResult>> TrendAsync(
        HttpContext http, CaseCounts counts, TimeProvider clock, CancellationToken cancellationToken)
    {
        var (kind, scope, from) = Scope(http.Request, "from");
        var start = from ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddYears(-1);
        var result = await counts.TrendAsync(http.User.ToCaller(), kind, scope, start, cancellationToken);
        return result is null ? CaseProblems.NotFound() : TypedResults.Ok(result);
    }

    /// <summary><c>quarter=yyyy-Qn</c>, by default the current quarter.</summary>
    private static (int Year, int Quarter) Quarter(HttpRequest request, TimeProvider clock)
    {
        var p = CaseParameters.From(request, "quarter");
        if (p.Text("quarter", 7) is not { } text)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return (today.Year, ((today.Month - 1) / 3) + 1);
        }

        var match = QuarterPattern().Match(text);
        return match.Success
            ? (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture))
            : throw new CaseParameterException("quarter", "a quarter yyyy-Qn, e.g. 2026-Q2");
    }

    /// <summary><c>kind</c> (REGIO, GEMEENTE, SCHOOL; default REGIO), <c>code</c> (the gemeente or school) and a date parameter.</summary>
    private static (string Kind, string Scope, DateOnly? Date) Scope(HttpRequest request, string dateName)
    {
        var p = CaseParameters.From(request, "kind", "code", dateName);
        var kind = p.OneOf("kind", Kinds) ?? "REGIO";
        var scope = kind switch
        {
            "GEMEENTE" => p.Gemeente("code") ?? throw new CaseParameterException("code", "required: the gemeente's CBS code"),
            "SCHOOL" => p.School("code") ?? throw new CaseParameterException("code", "required: the school code"),
            _ => p.Text("code") is null ? "*" : throw new CaseParameterException("code", "not used for the region"),
        };
        return (kind, scope, p.Date(dateName));
    }

    [GeneratedRegex("^(20[0-9]{2})-Q([1-4])$")]
    private static partial Regex QuarterPattern();
}
