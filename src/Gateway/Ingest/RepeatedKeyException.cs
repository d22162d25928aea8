namespace Thuiszitters.Gateway.Ingest;

/// <summary>A complete ROD batch lists a key twice (found without the table's key, in a bulk ingest).</summary>
internal sealed class RepeatedKeyException(string constraintName, string tableName)
    : Exception($"a key of {tableName} is listed twice")
{
    public string ConstraintName { get; } = constraintName;

    public string TableName { get; } = tableName;
}
