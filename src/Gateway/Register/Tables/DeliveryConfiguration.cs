using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class DeliveryConfiguration : IEntityTypeConfiguration<Delivery>
{
    public void Configure(EntityTypeBuilder<Delivery> builder)
    {
        var outcomes = string.Join(", ", DeliveryOutcomes.All.Select(o => $"'{o}'"));
        builder.ToTable("deliveries", t => t.HasCheckConstraint("ck_deliveries_outcome", $"outcome IN ({outcomes})"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseIdentityByDefaultColumn();
        builder.Property(d => d.ReceivedAt).HasColumnType("timestamptz");
        builder.Property(d => d.RecordCount).HasDefaultValue(0L);
        builder.Property(d => d.QuarantinedCount).HasDefaultValue(0L);

        // The same file (name and bytes) is applied or refused at most once; later arrivals are recorded as DUPLICATE.
        builder.HasIndex(d => new { d.FileName, d.Sha256 })
            .IsUnique()
            .HasFilter($"outcome IN ('{DeliveryOutcomes.Applied}', '{DeliveryOutcomes.Rejected}')")
            .HasDatabaseName("ux_deliveries_file_final");
        builder.HasIndex(d => new { d.Owner, d.Kind });
    }
}
