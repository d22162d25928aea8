using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Security;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class AuditEntryRowConfiguration : IEntityTypeConfiguration<AuditEntryRow>
{
    public void Configure(EntityTypeBuilder<AuditEntryRow> builder)
    {
        builder.ToTable("audit_log");
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.Pgn);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.Actor);
        builder.HasIndex(a => a.Pgns).HasMethod("gin");
        builder.Property(a => a.Pgns).HasDefaultValueSql("'{}'::text[]");
        builder.Property(a => a.Outcome).HasDefaultValue(AuditOutcomes.Allowed);
    }
}
