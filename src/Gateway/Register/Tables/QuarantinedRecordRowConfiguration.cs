using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class QuarantinedRecordRowConfiguration : IEntityTypeConfiguration<QuarantinedRecordRow>
{
    public void Configure(EntityTypeBuilder<QuarantinedRecordRow> builder)
    {
        builder.ToTable("quarantined_records");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Id).UseIdentityByDefaultColumn();
        builder.HasOne<Delivery>().WithMany().HasForeignKey(q => q.DeliveryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(q => new { q.Owner, q.Kind });
    }
}
