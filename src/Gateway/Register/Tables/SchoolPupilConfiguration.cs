using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class SchoolPupilConfiguration : IEntityTypeConfiguration<SchoolPupil>
{
    public void Configure(EntityTypeBuilder<SchoolPupil> builder)
    {
        // No foreign key to deliveries on fact tables: a per-row check would slow the bulk COPY down.
        SchoolPupilsTable.Schema.MapColumns(builder);
        // An append-only log without a key: a row is (delivery_id, line); an index on it would only slow the COPY down.
        builder.HasNoKey();

        // By school, and within it by stamnummer: absence rows without a PGN name their pupil by (school, stamnummer).
        builder.HasIndex(p => new { p.School, p.SourceKey });
        builder.HasIndex(p => p.Bsn);
        // Most rows carry a BSN and no onderwijsnummer: only the rows that have one are indexed (lookups by value imply it).
        builder.HasIndex(p => p.Onderwijsnummer).HasFilter("onderwijsnummer IS NOT NULL");

        // Pupils without any PGN are few; every reconcile reads them all, and a filtered index finds them without
        // visiting the onderwijsnummer-only pupils that a plain bsn index would return.
        builder.HasIndex(p => new { p.School, p.SourceKey }, "ix_school_pupils_without_pgn")
            .HasFilter("bsn IS NULL AND onderwijsnummer IS NULL");
    }
}
