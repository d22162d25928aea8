using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RodBatchStateConfiguration : IEntityTypeConfiguration<RodBatchState>
{
    public void Configure(EntityTypeBuilder<RodBatchState> builder)
    {
        builder.ToTable("rod_batch_state");
        builder.HasKey(s => s.Recipient);
        builder.HasOne<Delivery>().WithMany().HasForeignKey(s => s.LastDeliveryId).OnDelete(DeleteBehavior.Restrict);
    }
}
