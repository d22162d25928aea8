using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RejectedFileConfiguration : IEntityTypeConfiguration<RejectedFile>
{
    public void Configure(EntityTypeBuilder<RejectedFile> builder)
    {
        builder.ToTable("rejected_files");
        builder.HasKey(r => r.DeliveryId);
        builder.HasOne<Delivery>().WithOne().HasForeignKey<RejectedFile>(r => r.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
