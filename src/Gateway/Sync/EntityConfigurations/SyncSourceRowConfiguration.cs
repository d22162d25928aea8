using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Sync.Entities;

namespace Thuiszitters.Gateway.Sync.EntityConfigurations;

internal sealed class SyncSourceRowConfiguration : IEntityTypeConfiguration<SyncSourceRow>
{
    public void Configure(EntityTypeBuilder<SyncSourceRow> builder)
    {
        builder.ToTable("sync_sources");
        builder.HasKey(s => s.Name);
        builder.Property(s => s.Name).HasMaxLength(64);
    }
}
