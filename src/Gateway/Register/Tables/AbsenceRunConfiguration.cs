using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class AbsenceRunConfiguration : IEntityTypeConfiguration<AbsenceRun>
{
    public void Configure(EntityTypeBuilder<AbsenceRun> builder)
    {
        builder.ToTable(AbsenceRunsTable.Name, t => t.HasCheckConstraint(
            "ck_absence_runs_days", "cardinality(dates) >= 1 AND cardinality(hours) = cardinality(dates) AND cardinality(codes) = cardinality(dates)"));
        AbsenceRunsTable.Schema.MapColumns(builder);
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();
        builder.Property(a => a.Hours).HasColumnType("numeric[]");
        builder.HasIndex(a => a.School);
        builder.HasIndex(a => a.Bsn);
        // Most rows carry a BSN and no onderwijsnummer: only the rows that have one are indexed (lookups by value imply it).
        builder.HasIndex(a => a.Onderwijsnummer).HasFilter("onderwijsnummer IS NOT NULL");

        // Rows without any PGN are few; an incremental reconcile reads them (and joins them to the school pupil their
        // stamnummer names) without scanning every onderwijsnummer-only row that a plain bsn index would return.
        builder.HasIndex(a => new { a.School, a.Stamnummer })
            .HasFilter("bsn IS NULL AND onderwijsnummer IS NULL")
            .HasDatabaseName("ix_absence_runs_without_pgn");
    }
}
