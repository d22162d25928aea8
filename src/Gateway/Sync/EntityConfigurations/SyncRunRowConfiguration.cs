using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Sync.Entities;

namespace Thuiszitters.Gateway.Sync.EntityConfigurations;

internal sealed class SyncRunRowConfiguration : IEntityTypeConfiguration<SyncRunRow>
{
    public void Configure(EntityTypeBuilder<SyncRunRow> builder)
    {
        builder.ToTable("sync_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.Property(r => r.Source).HasMaxLength(64);
        builder.Property(r => r.Node).HasMaxLength(200);
        builder.Property(r => r.Trigger).HasMaxLength(16);
        builder.Property(r => r.Outcome).HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(2000);

        // The history page: newest first, by source and by outcome; retention deletes by start.
        builder.HasIndex(r => r.StartedAt);
        builder.HasIndex(r => new { r.Source, r.StartedAt });
        builder.HasIndex(r => new { r.Outcome, r.StartedAt });
    }
}
