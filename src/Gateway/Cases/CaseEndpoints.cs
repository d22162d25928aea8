using Microsoft.AspNetCore.Http.HttpResults;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Cases;

/// <summary>The case overview and the pupil page: scoped by <see cref="PupilScope"/>, audited through <see cref="AuditLog"/>.</summary>
internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseEndpoints(this RouteGroupBuilder group)
    {
        group.MapGet("/", ListAsync);
        group.MapGet("/pupil", PupilAsync);
        group.MapGet("/purposes", () => TypedResults.Ok(ReadPurposes.All.Select(p => new ReadPurpose(p.Key, p.Value)).ToList()));
        return group;
    }

    /// <summary>One page of the overview; the page's pupils are one audit entry.</summary>
    private static async Task<Ok<CaseListPage>> ListAsync(HttpContext http, CaseList list, AuditLog audit, CancellationToken cancellationToken)
    {
        var query = CaseListQuery.Parse(http.Request);
        var caller = http.User.ToCaller();
        var page = await list.LoadAsync(caller, query, cancellationToken);
        await audit.RecordAsync(caller, "case-list", [.. page.Items.Select(i => i.PersonKey)], "overzicht casussen", cancellationToken);
        return TypedResults.Ok(page);
    }

    /// <summary>One pupil's page; the purpose chosen on the page (and an optional note) goes to the audit log with the read.</summary>
    private static async Task<Results<Ok<PupilCase>, ProblemHttpResult>> PupilAsync(
        HttpContext http, PupilCaseQuery pupils, AuditLog audit, CancellationToken cancellationToken)
    {
        var p = CaseParameters.From(http.Request, "key", "purpose", "note");
        var key = p.Text("key", 64) ?? throw new CaseParameterException("key", "required: the pupil's pgn");
        var purpose = p.OneOf("purpose", [.. ReadPurposes.All.Keys]) ?? throw new CaseParameterException("purpose", "required: why the pupil is read (audited)");
        var note = p.Text("note", ReadPurposes.MaxNoteLength);
        var caller = http.User.ToCaller();
        var pupil = await pupils.LoadAsync(caller, key, cancellationToken);
        if (pupil is null)
        {
            await audit.RecordAsync(caller, "case-pupil-refused", [key], ReadPurposes.AuditText(purpose, note), cancellationToken);
            return CaseProblems.NotFound();
        }

        await audit.RecordAsync(caller, "case-pupil", [key], ReadPurposes.AuditText(purpose, note), cancellationToken);
        return TypedResults.Ok(pupil);
    }

    internal sealed record ReadPurpose(string Code, string Text);
}
