namespace Thuiszitters.Gateway.Cases;

/// <summary>What the case overview asks for: search, filters, order and page, each already checked.</summary>
internal sealed record CaseListQuery(
    string? Search,
    string? Status,
    string? Band,
    string? Gemeente,
    string? School,
    bool? HasOpenConflict,
    string Sort,
    bool Descending,
    int Offset,
    int Limit)
{
    public static readonly string[] Statuses = ["ABSOLUTE_ABSENCE", "LONG_TERM_ABSENCE", "AT_RISK", "EXEMPT", "ATTENDING"];

    public static readonly string[] Bands = ["LT_4W", "4W_3M", "GT_3M"];

    public static readonly string[] Sorts = ["name", "birthDate", "status", "since", "duration", "gemeente"];

    public static readonly string[] Parameters = ["q", "status", "band", "gemeente", "school", "openConflict", "sort", "dir", "offset", "limit"];

    public const int MaxLimit = 200;

    public static CaseListQuery Parse(HttpRequest request)
    {
        var p = CaseParameters.From(request, Parameters);
        return new CaseListQuery(
            p.Text("q", 100),
            p.OneOf("status", Statuses),
            p.OneOf("band", Bands),
            p.Gemeente("gemeente"),
            p.School("school"),
            p.Bool("openConflict"),
            p.OneOf("sort", Sorts) ?? "since",
            (p.OneOf("dir", ["asc", "desc"]) ?? "asc") == "desc",
            p.Int("offset", 0, 0, 10_000_000),
            p.Int("limit", 50, 1, MaxLimit));
    }
}
