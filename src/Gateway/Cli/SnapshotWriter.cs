using System.Globalization;
using System.Text.Json;
using Thuiszitters.Gateway.Reconciliation;

namespace Thuiszitters.Gateway.Cli;

/// <summary>Writes the register snapshot of SNAPSHOT.md: pupils sorted by pgn, conflicts, rejected files, quarantined records.</summary>
public static class SnapshotWriter
{
    public static async Task WriteAsync(
        Stream output,
        ReconciliationRun run,
        IEnumerable<RejectedFile> rejected,
        IEnumerable<QuarantinedEntry> quarantined,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("asOf", Iso(run.AsOf));
        json.WriteStartArray("pupils");
        foreach (var pupil in run.Pupils.OrderBy(p => p.Pgn is null).ThenBy(p => p.Pgn, StringComparer.Ordinal).ThenBy(p => p.SourceKey, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            WriteNullable(json, "pgn", pupil.Pgn);
            if (pupil.Pgn is null)
            {
                json.WriteString("sourceKey", pupil.SourceKey);
            }

            json.WriteString("status", Names.Of(pupil.Status));
            WriteNullable(json, "since", pupil.Since is { } since ? Iso(since) : null);
            WriteNullable(json, "band", pupil.Band is { } band ? Names.Of(band) : null);
            WriteNullable(json, "gemeente", pupil.Gemeente);
            json.WriteStartArray("schools");
            foreach (var school in pupil.Schools)
            {
                json.WriteStringValue(school);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            if (json.BytesPending > 1 << 16)
            {
                await json.FlushAsync(cancellationToken);
            }
        }

        json.WriteEndArray();
        json.WriteStartArray("conflicts");
        foreach (var conflict in run.Conflicts
            .OrderBy(c => Names.Of(c.Code), StringComparer.Ordinal).ThenBy(c => c.Pgn, StringComparer.Ordinal)
            .ThenBy(c => c.School, StringComparer.Ordinal).ThenBy(c => c.Date))
        {
            json.WriteStartObject();
            json.WriteString("code", Names.Of(conflict.Code));
            WriteNullable(json, "pgn", conflict.Pgn);
            WriteNullable(json, "school", conflict.School);
            WriteNullable(json, "date", conflict.Date is { } date ? Iso(date) : null);
            json.WriteString("state", "OPEN");
            json.WriteString("acts", Names.Of(conflict.Acts));
            WriteNullable(json, "dueDate", conflict.DueDate is { } due ? Iso(due) : null);
            if (conflict.Escalated)
            {
                json.WriteBoolean("escalated", true);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("rejected");
        foreach (var file in rejected)
        {
            json.WriteStartObject();
            json.WriteString("file", file.File);
            if (file.Line is { } line)
            {
                json.WriteNumber("line", line);
            }
            else
            {
                json.WriteNull("line");
            }

            WriteNullable(json, "field", file.Field);
            json.WriteString("reason", file.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("quarantined");
        foreach (var record in quarantined)
        {
            json.WriteStartObject();
            json.WriteString("file", record.File);
            json.WriteNumber("line", record.Line);
            json.WriteString("field", record.Field);
            json.WriteString("reason", record.Reason);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
