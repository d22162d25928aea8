using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thuiszitters.Gateway.Register;

/// <summary>
/// A fact table's one declaration: its name, the owner column (school, recipient or gemeente) and the record's own
/// columns in write order; <c>delivery_id</c> and <c>line</c> follow the owner in every fact table. The COPY writer
/// (<c>Ingest/FactTables</c>) writes these columns in this order and the EF configuration maps the entity's properties to
/// them (<see cref="MapColumns{TEntity}"/>), so a column is named once. Built once, statically: nothing per row.
/// </summary>
internal sealed class FactTableSchema
{
    public const string DeliveryIdColumn = "delivery_id";
    public const string LineColumn = "line";

    public FactTableSchema(string name, string ownerColumn, IReadOnlyList<string> columns)
    {
        Name = name;
        OwnerColumn = ownerColumn;
        Columns = columns;
        AllColumns = [ownerColumn, DeliveryIdColumn, LineColumn, .. columns];
        ColumnList = string.Join(", ", AllColumns);
    }

    public string Name { get; }

    public string OwnerColumn { get; }

    /// <summary>The record's own columns, in write order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The owner, <c>delivery_id</c>, <c>line</c>, then <see cref="Columns"/>: the table's columns in COPY order.</summary>
    public IReadOnlyList<string> AllColumns { get; }

    /// <summary><see cref="AllColumns"/> joined with <c>", "</c>.</summary>
    public string ColumnList { get; }

    /// <summary>
    /// Maps the entity to this table: every property to its column of <see cref="AllColumns"/> (the property's name in
    /// snake_case); a property without a declared column, or a declared column without a property, fails the model.
    /// </summary>
    public void MapColumns<TEntity>(EntityTypeBuilder<TEntity> builder)
        where TEntity : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ToTable(Name);
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in builder.Metadata.GetDeclaredProperties().ToList())
        {
            var column = SnakeCaseNames.ToSnakeCase(property.Name);
            if (!AllColumns.Contains(column, StringComparer.Ordinal))
            {
                throw new InvalidOperationException($"{typeof(TEntity).Name}.{property.Name} has no column in the declaration of {Name}.");
            }

            builder.Property(property.Name).HasColumnName(column);
            mapped.Add(column);
        }

        if (AllColumns.FirstOrDefault(c => !mapped.Contains(c)) is { } missing)
        {
            throw new InvalidOperationException($"{Name}.{missing} is declared but {typeof(TEntity).Name} has no property for it.");
        }
    }
}
