using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Sync.Entities;

namespace Thuiszitters.Gateway.Sync.EntityConfigurations;

internal sealed class SyncFileRowConfiguration : IEntityTypeConfiguration<SyncFileRow>
{
    public void Configure(EntityTypeBuilder<SyncFileRow> builder)
    {
        builder.ToTable("sync_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseIdentityByDefaultColumn();
        builder.HasOne<SyncRunRow>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(f => f.RunId);
        builder.HasIndex(f => new { f.Source, f.Outcome });
        builder.HasIndex(f => f.DeliveryId);
    }
}
