using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Thuiszitters.Gateway.Security.People;

/// <summary>
/// <c>/api/admin/people</c>, for an <see cref="CallerRole.Admin"/> only: list (with failed attempts and lockout),
/// create, deactivate, activate, reset a password, unlock. The page is <c>/admin/people.html</c>.
/// </summary>
internal static partial class PeopleAdminEndpoints
{
    public static WebApplication MapPeopleAdmin(this WebApplication app)
    {
        var group = app.MapGroup("/api/admin/people")
            .RequireAuthorization(SecurityServiceCollectionExtensions.Admins)
            .AddEndpointFilter<RequestValueGuard>()
            .WithTags("Admin")
            .ExcludeFromDescription();
        group.MapGet("/", async (PeopleStore people, CancellationToken ct) => TypedResults.Ok(await people.ListAsync(ct)));
        group.MapPost("/", CreateAsync);
        group.MapPost("/{id:long}/deactivate", DeactivateAsync);
        group.MapPost("/{id:long}/activate", (long id, PeopleStore people, CancellationToken ct) => DoneAsync(people.ActivateAsync(id, ct)));
        group.MapPost("/{id:long}/unlock", (long id, PeopleStore people, CancellationToken ct) => DoneAsync(people.UnlockAsync(id, ct)));
        group.MapPost("/{id:long}/password", ResetPasswordAsync);
        return app;
    }

    private static async Task<Results<Created<PersonInfo>, ProblemHttpResult>> CreateAsync(
        NewPerson? person, PeopleStore people, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (person is null)
        {
            return InputGuard.Problem("body", "een persoon is verplicht");
        }

        if (person.Validate() is { } problem)
        {
            return InputGuard.Problem(problem.Field, problem.Reason);
        }

        if (await people.CreateAsync(person, cancellationToken) is not { } id)
        {
            return TypedResults.Problem(
                title: "Conflict: userName", detail: "deze gebruikersnaam bestaat al", statusCode: StatusCodes.Status409Conflict,
                extensions: new Dictionary<string, object?> { ["parameter"] = "userName" });
        }

        var log = loggers.CreateLogger(typeof(PeopleAdminEndpoints));
        var role = person.ParsedRole!.Value.ToString();
        LogCreated(log, id, role);
        var created = (await people.ListAsync(cancellationToken)).Single(p => p.Id == id);
        return TypedResults.Created(string.Create(CultureInfo.InvariantCulture, $"/api/admin/people/{id}"), created);
    }

    private static async Task<IResult> DeactivateAsync(long id, HttpContext http, PeopleStore people, CancellationToken cancellationToken) =>
        http.User.FindFirstValue(PersonClaims.PersonId) == id.ToString(CultureInfo.InvariantCulture)
            ? InputGuard.Problem("id", "u kunt uw eigen account niet uitschakelen")
            : await DoneAsync(people.DeactivateAsync(id, cancellationToken));

    private static async Task<IResult> ResetPasswordAsync(long id, PasswordRequest? request, PeopleStore people, CancellationToken cancellationToken) =>
        PersonRules.Password(request?.Password) is { } reason
            ? InputGuard.Problem("password", reason)
            : await DoneAsync(people.ResetPasswordAsync(id, request!.Password!, cancellationToken));

    private static async Task<IResult> DoneAsync(Task<bool> action) =>
        await action
            ? TypedResults.NoContent()
            : TypedResults.Problem(title: "Not Found", detail: "Deze persoon bestaat niet.", statusCode: StatusCodes.Status404NotFound);

    [LoggerMessage(Level = LogLevel.Information, Message = "Person {PersonId} created with role {Role}")]
    private static partial void LogCreated(ILogger logger, long personId, string role);
}
