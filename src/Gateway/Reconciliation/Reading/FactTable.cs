namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>The fact tables a person's facts are read from, in the order they are read: the order of a person's facts
/// follows it, so it must not change.</summary>
internal enum FactTable
{
    SchoolPupils,
    RodPersons,
    Residents,
    RodEnrolments,
    Reports,
    Exemptions,
    Registrations,
    Absences,
}

/// <summary>The query of each <see cref="FactTable"/>, with its person key as the first column.</summary>
internal static class FactTables
{
    public static IReadOnlyList<FactTable> InReadOrder { get; } = Enum.GetValues<FactTable>();

    /// <summary>The rows with a person key, of everyone or (<paramref name="byIds"/>) of the persons in <c>tz_ids</c> (<see cref="ScopeIds"/>).</summary>
    public static string Select(FactTable table, bool byIds)
    {
        var (query, key, ids) = table switch
        {
            FactTable.SchoolPupils => (FactQueries.SchoolPupils, FactQueries.SchoolKey, FactQueries.SchoolPupilsIds),
            FactTable.RodPersons => (FactQueries.RodPersons, FactQueries.PgnKey, FactQueries.PgnIds),
            FactTable.Residents => (FactQueries.Residents, FactQueries.ResidentKey, FactQueries.ResidentIds),
            FactTable.RodEnrolments => (FactQueries.RodEnrolments, FactQueries.PgnKey, FactQueries.PgnIds),
            FactTable.Reports => (FactQueries.Reports, FactQueries.PgnKey, FactQueries.PgnIds),
            FactTable.Exemptions => (FactQueries.Exemptions, FactQueries.PgnKey, FactQueries.PgnIds),
            FactTable.Registrations => (FactQueries.Registrations, FactQueries.SchoolKey, FactQueries.SchoolPupilsIds),
            FactTable.Absences => (FactQueries.Absences, FactQueries.AbsenceKey, FactQueries.AbsencesIds),
            _ => throw new ArgumentOutOfRangeException(nameof(table)),
        };
        return FactQueries.Select(query, key, byIds ? ids : null);
    }
}
