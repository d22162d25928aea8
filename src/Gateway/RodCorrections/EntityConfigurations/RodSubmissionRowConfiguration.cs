using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.RodCorrections.Entities;

namespace Thuiszitters.Gateway.RodCorrections.EntityConfigurations;

internal sealed class RodSubmissionRowConfiguration : IEntityTypeConfiguration<RodSubmissionRow>
{
    public void Configure(EntityTypeBuilder<RodSubmissionRow> builder)
    {
        builder.ToTable("rod_submissions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(r => r.IdempotencyKey).IsUnique();
        builder.HasIndex(r => r.State);
    }
}
