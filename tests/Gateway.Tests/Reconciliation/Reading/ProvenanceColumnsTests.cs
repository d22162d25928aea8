using Thuiszitters.Gateway.Reconciliation.Reading;

namespace Thuiszitters.Gateway.Tests.Reconciliation.Reading;

/// <summary>
/// The fact fingerprint (<c>pupil_states.facts_hash</c>) reads each row's delivery and line at fixed positions; they must be
/// where each table's query selects <c>delivery_id</c> and <c>line</c>, or the fingerprint would count another column.
/// </summary>
public sealed class ProvenanceColumnsTests
{
    /// <summary>Every <see cref="FactTable"/>, by number (the enum is internal to the gateway).</summary>
    public static TheoryData<int> Tables => [.. FactTables.InReadOrder.Select(t => (int)t)];

    [Theory]
    [MemberData(nameof(Tables))]
    public void ProvenanceColumns_AreTheQuerysDeliveryIdAndLine(int number)
    {
        var table = (FactTable)number;
        var columns = SelectList(FactTables.Select(table, byIds: false));
        var (delivery, line) = BucketReader.ProvenanceColumns(table);

        Assert.Equal("p.delivery_id", columns[delivery]);
        Assert.Equal("p.line", columns[line]);
    }

    /// <summary>The expressions between the first SELECT and its FROM, split at the commas outside parentheses.</summary>
    private static List<string> SelectList(string sql)
    {
        var start = sql.IndexOf("SELECT ", StringComparison.Ordinal) + "SELECT ".Length;
        var columns = new List<string>();
        var depth = 0;
        var from = start;
        for (var i = start; i < sql.Length; i++)
        {
            switch (sql[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case ',' when depth == 0:
                    columns.Add(sql[from..i].Trim());
                    from = i + 1;
                    break;
                case 'F' when depth == 0 && string.CompareOrdinal(sql, i, "FROM ", 0, 5) == 0 && char.IsWhiteSpace(sql[i - 1]):
                    columns.Add(sql[from..i].Trim());
                    return columns;
            }
        }

        throw new InvalidOperationException("no FROM");
    }
}
