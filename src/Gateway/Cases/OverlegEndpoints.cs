using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>
/// The 8-weekly overviews of a gemeente (<c>/api/cases/overleg</c>): held by that gemeente's leerplicht and the SWV
/// (<see cref="OverlegScope"/>); anyone else gets the answer an unknown overview gets. Reading one is one audit entry.
/// </summary>
internal static class OverlegEndpoints
{
    public const int MaxOfficerListLength = 200_000;

    public static RouteGroupBuilder MapOverlegEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/overleg", ListAsync);
        group.MapPost("/overleg", CreateAsync);
        group.MapGet("/overleg/{id:long}", GetAsync);
        group.MapGet("/overleg/{id:long}/csv", CsvAsync);
        group.MapPost("/overleg/{id:long}/steps", AddStepAsync);
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<OverlegSummary>>, ProblemHttpResult>> ListAsync(HttpContext http, OverlegStore store, CancellationToken cancellationToken)
    {
        var p = CaseParameters.From(http.Request, "gemeente");
        var gemeente = p.Gemeente("gemeente") ?? throw new CaseParameterException("gemeente", "required: the gemeente's CBS code");
        return OverlegScope.MayHold(http.User.ToCaller(), gemeente)
            ? TypedResults.Ok(await store.ListAsync(gemeente, cancellationToken))
            : CaseProblems.NotFound();
    }

    private static async Task<Results<Created<OverlegSummary>, ProblemHttpResult>> CreateAsync(
        HttpContext http, OverlegStore store, OverlegRequest request, CancellationToken cancellationToken)
    {
        CaseParameters.From(http.Request);
        var gemeente = Field("gemeente", request.Gemeente, 4) is { } g && CaseParameters.GemeentePattern().IsMatch(g)
            ? g : throw new CaseParameterException("gemeente", "required: a CBS gemeentecode of 4 digits");
        var heldOn = Date("heldOn", request.HeldOn) ?? throw new CaseParameterException("heldOn", "required: the date of the overleg, yyyy-mm-dd");
        var officer = OverlegStore.OfficerPgns(Field("officerList", request.OfficerList, MaxOfficerListLength));
        if (officer.Count > OverlegStore.MaxOfficerPgns)
        {
            throw new CaseParameterException("officerList", string.Create(CultureInfo.InvariantCulture, $"more than {OverlegStore.MaxOfficerPgns} PGNs"));
        }

        var caller = http.User.ToCaller();
        if (!OverlegScope.MayHold(caller, gemeente))
        {
            return CaseProblems.NotFound();
        }

        var id = await store.CreateAsync(caller, gemeente, heldOn, officer, cancellationToken);
        var summary = (await store.ListAsync(gemeente, cancellationToken)).Single(o => o.Id == id);
        return TypedResults.Created($"/api/cases/overleg/{id}", summary);
    }

    private static async Task<Results<Ok<OverlegOverview>, ProblemHttpResult>> GetAsync(
        HttpContext http, OverlegStore store, AuditLog audit, long id, CancellationToken cancellationToken)
    {
        CaseParameters.From(http.Request);
        var caller = http.User.ToCaller();
        if (await Allowed(store, caller, id, cancellationToken) is not { } overview)
        {
            return CaseProblems.NotFound();
        }

        await audit.RecordAsync(caller, "overleg", [.. overview.Cases.Select(c => c.PersonKey)], "8-wekenoverleg " + overview.Gemeente, cancellationToken);
        return TypedResults.Ok(overview);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CsvAsync(
        HttpContext http, OverlegStore store, AuditLog audit, long id, CancellationToken cancellationToken)
    {
        CaseParameters.From(http.Request);
        var caller = http.User.ToCaller();
        if (await Allowed(store, caller, id, cancellationToken) is not { } overview)
        {
            return CaseProblems.NotFound();
        }

        await audit.RecordAsync(caller, "overleg-csv", [.. overview.Cases.Select(c => c.PersonKey)], "8-wekenoverleg " + overview.Gemeente, cancellationToken);
        var csv = new CaseCsv().Line("BSN/onderwijsnummer", "Naam", "Status", "Sinds", "Duur", "Open conflicten", "In gateway", "In lijst leerplicht",
            "Verandering", "Toelichting", "Vorige afspraak", "Wie (vorige)", "Uiterlijk (vorige)", "Afspraak", "Wie", "Uiterlijk");
        foreach (var c in overview.Cases)
        {
            var step = c.Steps.Count == 0 ? null : c.Steps[^1];
            csv.Line(c.PersonKey, c.Name, c.Status, CaseCsv.Date(c.Since), c.Band, c.OpenConflicts.ToString(CultureInfo.InvariantCulture),
                c.InGateway ? "ja" : "nee", c.InOfficerList ? "ja" : "nee", c.Change, c.ChangeDetail,
                c.PreviousStep?.What, c.PreviousStep?.Who, CaseCsv.Date(c.PreviousStep?.DueDate), step?.What, step?.Who, CaseCsv.Date(step?.DueDate));
        }

        return TypedResults.File(csv.ToBytes(), "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"overleg-{overview.Gemeente}-{overview.HeldOn:yyyy-MM-dd}.csv"));
    }

    private static async Task<Results<Created<OverlegStep>, ProblemHttpResult>> AddStepAsync(
        HttpContext http, OverlegStore store, long id, OverlegStepRequest request, CancellationToken cancellationToken)
    {
        CaseParameters.From(http.Request);
        var key = Field("personKey", request.PersonKey, 64) ?? throw new CaseParameterException("personKey", "required");
        var what = Field("what", request.What, 1000) ?? throw new CaseParameterException("what", "required: the agreed next step");
        var who = Field("who", request.Who, 200) ?? throw new CaseParameterException("who", "required: who takes the step");
        var due = Date("dueDate", request.DueDate);
        var caller = http.User.ToCaller();
        if (await store.GemeenteOfAsync(id, cancellationToken) is not { } gemeente || !OverlegScope.MayHold(caller, gemeente))
        {
            return CaseProblems.NotFound();
        }

        var step = await store.AddStepAsync(caller, id, key, what, who, due, cancellationToken);
        return step is null ? CaseProblems.NotFound() : TypedResults.Created($"/api/cases/overleg/{id}", step);
    }

    private static async Task<OverlegOverview?> Allowed(OverlegStore store, Caller caller, long id, CancellationToken cancellationToken) =>
        await store.GemeenteOfAsync(id, cancellationToken) is { } gemeente && OverlegScope.MayHold(caller, gemeente)
            ? await store.LoadAsync(id, cancellationToken)
            : null;

    private static string? Field(string name, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return InputGuard.Bad(value, maxLength) is { } reason ? throw new CaseParameterException(name, reason) : value.Trim();
    }

    private static DateOnly? Date(string name, string? value) =>
        Field(name, value, 10) is not { } text ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : throw new CaseParameterException(name, "a date yyyy-mm-dd");
}
