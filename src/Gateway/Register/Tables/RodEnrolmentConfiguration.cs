using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RodEnrolmentConfiguration : IEntityTypeConfiguration<RodEnrolment>
{
    public void Configure(EntityTypeBuilder<RodEnrolment> builder)
    {
        RodEnrolmentsTable.Schema.MapColumns(builder);
        // The PGN leads the key, so that the key also serves the lookups by PGN.
        builder.HasKey(e => new { e.Pgn, e.Recipient, e.School, e.Volgnummer });
        builder.HasIndex(e => e.School);
    }
}
