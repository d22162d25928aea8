using System.ComponentModel;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Feed;

/// <summary>The leerplicht feed for machine clients: changes since a cursor, one pupil, and the CSV export for people.</summary>
internal static partial class FeedEndpoints
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static RouteGroupBuilder MapFeedEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/feed", FeedAsync).WithName("GetFeed")
            .WithSummary("Changes of the gemeente's feed after a cursor, in order")
            .Produces<FeedPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/pupils/{pgn}", PupilAsync).WithName("GetFeedPupil")
            .WithSummary("One pupil's current item in the gemeente's feed")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/pupils.csv", CsvAsync).WithName("GetFeedCsv")
            .WithSummary("Every pupil in the gemeente's feed as CSV (Dutch headers, ';', UTF-8 with BOM)")
            .Produces<string>(StatusCodes.Status200OK, "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    private static async Task<IResult> FeedAsync(
        [Description("The gemeente's CBS code (4 digits).")] string code,
        [Description("Where the previous page ended (its nextCursor); absent to start at the beginning. Opaque; never expires.")] string? cursor,
        [Description("At most this many items: a whole number from 1 to 1000, default 100.")] string? limit,
        HttpContext http, FeedPageCache pages, FeedAudit audit, CancellationToken cancellationToken)
    {
        if (BadCode(code) is { } badCode)
        {
            return badCode;
        }

        var caller = FeedAccess.For(http.User, code);
        if (!caller.Allowed)
        {
            await audit.RecordAsync(caller, code, "feed", [], cancellationToken);
            return FeedProblems.NotFound();
        }

        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            return FeedProblems.BadParameter("limit", $"limit must be a whole number from 1 to {MaxLimit}");
        }

        long after = 0;
        if (!string.IsNullOrEmpty(cursor) && !FeedCursor.TryDecode(cursor, code, out after))
        {
            return FeedProblems.BadParameter("cursor", "cursor is not a cursor of this gemeente's feed: pass a nextCursor as given, or none to start at the beginning");
        }

        // The finished page (kept until the feed changes), sent once its audit row is committed.
        var page = await pages.GetAsync(code, after, size, cancellationToken);
        await audit.RecordAsync(caller, code, "feed", page.Pgns, cancellationToken);
        return TypedResults.Bytes(page.Json, "application/json; charset=utf-8");
    }

    private static async Task<Results<Ok<FeedPupil>, ProblemHttpResult>> PupilAsync(
        string code, string pgn, HttpContext http, FeedReader reader, FeedAudit audit, CancellationToken cancellationToken)
    {
        if (BadCode(code) is { } badCode)
        {
            return badCode;
        }

        if (!PgnPattern().IsMatch(pgn))
        {
            return FeedProblems.BadParameter("pgn", "pgn must be 9 digits");
        }

        var caller = FeedAccess.For(http.User, code);
        if (!caller.Allowed)
        {
            await audit.RecordAsync(caller, code, "feed-pupil", [pgn], cancellationToken);
            return FeedProblems.NotFound();
        }

        var pupil = await reader.PupilAsync(code, pgn, cancellationToken);
        if (pupil is null)
        {
            var elsewhere = await reader.InOtherFeedAsync(code, pgn, cancellationToken);
            await audit.RecordAsync(elsewhere ? caller with { Allowed = false, Refusal = "pupil of another gemeente" } : caller, code, "feed-pupil", [pgn], cancellationToken);
            return FeedProblems.NotFound();
        }

        await audit.RecordAsync(caller, code, "feed-pupil", [pgn], cancellationToken);
        return TypedResults.Ok(pupil);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        string code, HttpContext http, FeedReader reader, FeedAudit audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (BadCode(code) is { } badCode)
        {
            return badCode;
        }

        var caller = FeedAccess.For(http.User, code);
        if (!caller.Allowed)
        {
            await audit.RecordAsync(caller, code, "feed-csv", [], cancellationToken);
            return FeedProblems.NotFound();
        }

        var pupils = await reader.AllAsync(code, cancellationToken);
        await audit.RecordAsync(caller, code, "feed-csv", [.. pupils.Select(p => p.Pgn)], cancellationToken);
        var day = clock.GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return TypedResults.File(FeedCsv.Write(pupils), "text/csv; charset=utf-8", $"leerplicht_{code}_{day}.csv");
    }

    private static ProblemHttpResult? BadCode(string code) =>
        GemeentePattern().IsMatch(code) ? null : FeedProblems.BadParameter("code", "code must be a gemeente's CBS code of 4 digits");

    [GeneratedRegex("^[0-9]{4}$")]
    private static partial Regex GemeentePattern();

    [GeneratedRegex("^[0-9]{9}$")]
    private static partial Regex PgnPattern();
}
