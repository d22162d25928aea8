using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class BrpStateConfiguration : IEntityTypeConfiguration<BrpState>
{
    public void Configure(EntityTypeBuilder<BrpState> builder)
    {
        builder.ToTable("brp_state");
        builder.HasKey(s => s.Gemeente);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(s => s.DeliveryId).OnDelete(DeleteBehavior.Restrict);
    }
}
