using Refit;
using Thuiszitters.Connectors.SisApi;

namespace Thuiszitters.Gateway.SisApi;

/// <summary>The school-system API (<c>contracts/sis-api/openapi.json</c>), authorised by <see cref="SisAuthHandler"/>.</summary>
internal interface ISisApi
{
    [Get("/v1/schools/{school}/students")]
    Task<SisPage<SisStudent>> GetStudentsAsync(string school, string? changedSince, string? cursor, CancellationToken cancellationToken);

    [Get("/v1/schools/{school}/absences")]
    Task<SisPage<SisAbsence>> GetAbsencesAsync(string school, string from, string to, string? cursor, CancellationToken cancellationToken);
}
