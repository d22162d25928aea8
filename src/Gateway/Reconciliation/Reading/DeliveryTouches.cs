using Npgsql;
using Thuiszitters.Connectors;

namespace Thuiszitters.Gateway.Reconciliation.Reading;

/// <summary>
/// The BSNs and onderwijsnummers a delivery touches: every one it mentions, and, for a delivery that replaces earlier
/// state (a school export, a ROD C batch, a BRP extract), every one of the state it replaces. Collected before the
/// delivery is applied, so that nothing it removes is missed.
/// </summary>
internal static class DeliveryTouches
{
    public static async Task<HashSet<string>> CollectAsync(NpgsqlDataSource dataSource, string path, CancellationToken cancellationToken)
    {
        var touched = new HashSet<string>(StringComparer.Ordinal);
        if (!DropFileName.TryParse(Path.GetFileName(path), out var name) || name is null)
        {
            return touched;
        }

        var replaced = name.Kind switch
        {
            SourceKind.Edex or SourceKind.PupilsCsv => "SELECT bsn, onderwijsnummer FROM school_pupils WHERE school = @owner",
            SourceKind.AbsencesCsv => "SELECT bsn, onderwijsnummer FROM absence_runs WHERE school = @owner",
            SourceKind.RegistrationsCsv => "SELECT bsn, onderwijsnummer FROM thuiszitter_registrations WHERE school = @owner",
            SourceKind.BrpExtract => "SELECT bsn, NULL FROM residents WHERE gemeente = @owner",
            SourceKind.RodBatch => """
                SELECT pgn, NULL FROM rod_persons WHERE recipient = @owner
                UNION ALL SELECT pgn, NULL FROM rod_enrolments WHERE recipient = @owner
                UNION ALL SELECT pgn, NULL FROM verzuimmeldingen WHERE recipient = @owner
                UNION ALL SELECT pgn, NULL FROM vrijstellingen WHERE recipient = @owner
                UNION ALL SELECT bsn, onderwijsnummer FROM pgn_links WHERE recipient = @owner
                """,
            _ => null,
        };
        var partial = false;
        foreach (var record in SourceReader.ReadFile(path))
        {
            switch (record)
            {
                case RodBatchHeader header:
                    partial = header.Type == RodBatchType.Partial;
                    break;
                case PupilRecord r:
                    Add(touched, r.Bsn, r.Onderwijsnummer);
                    break;
                case AbsenceRecord r:
                    Add(touched, r.Bsn, r.Onderwijsnummer);
                    break;
                case RegistrationRecord r:
                    Add(touched, r.Bsn, r.Onderwijsnummer);
                    break;
                case RodPersonRecord r:
                    Add(touched, r.Pgn, null);
                    break;
                case RodEnrolmentRecord r:
                    Add(touched, r.Pgn, null);
                    break;
                case RodReportRecord r:
                    Add(touched, r.Pgn, null);
                    break;
                case RodExemptionRecord r:
                    Add(touched, r.Pgn, null);
                    break;
                case RodLinkRecord r:
                    Add(touched, r.Bsn, r.Onderwijsnummer);
                    break;
                case ResidentRecord r:
                    Add(touched, r.Bsn, null);
                    break;
                case FileRejected:
                    return touched;
            }
        }

        if (replaced is not null && !partial)
        {
            await using var command = dataSource.CreateCommand(replaced);
            command.Parameters.AddWithValue("owner", name.Owner);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                for (var i = 0; i < 2; i++)
                {
                    if (!reader.IsDBNull(i))
                    {
                        touched.Add(reader.GetString(i));
                    }
                }
            }
        }

        return touched;
    }

    private static void Add(HashSet<string> touched, Pgn? first, Pgn? second)
    {
        if (first is { } a)
        {
            touched.Add(a.Value);
        }

        if (second is { } b)
        {
            touched.Add(b.Value);
        }
    }
}
