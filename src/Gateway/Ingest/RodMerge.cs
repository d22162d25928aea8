using System.Globalization;
using System.Text;

namespace Thuiszitters.Gateway.Ingest;

/// <summary>
/// The set-based merge of one staged ROD table into the register: rows with a key the batch mentions are removed,
/// then the batch's last record per key is inserted unless <paramref name="Keep"/> says it is a removal.
/// </summary>
internal sealed record RodMerge(FactTable Table, IReadOnlyList<string> Key, string? Keep)
{
    public void AppendSql(StringBuilder sql)
    {
        var table = Table.Name;
        var staging = FactTarget.StagingName(Table);
        var key = string.Join(", ", Key);
        var matches = string.Join(" AND ", Key.Prepend("recipient").Select(k => $"t.{k} = s.{k}"));
        var columns = Table.ColumnList;
        sql.AppendLine(CultureInfo.InvariantCulture, $"ANALYZE {staging};");
        sql.AppendLine(CultureInfo.InvariantCulture, $"DELETE FROM {table} t USING {staging} s WHERE {matches};");
        sql.AppendLine(
            $"INSERT INTO {table} ({columns}) SELECT {columns} FROM (SELECT DISTINCT ON ({key}) * FROM {staging} ORDER BY {key}, line DESC) s"
            + (Keep is null ? ";" : $" WHERE {Keep};"));
    }
}
