using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.RodCorrections.Entities;

namespace Thuiszitters.Gateway.RodCorrections.EntityConfigurations;

internal sealed class RodCorrectionRowConfiguration : IEntityTypeConfiguration<RodCorrectionRow>
{
    public void Configure(EntityTypeBuilder<RodCorrectionRow> builder)
    {
        builder.ToTable("rod_corrections");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(r => r.ConflictId).IsUnique();
        builder.HasIndex(r => new { r.School, r.State });
        builder.HasIndex(r => r.SubmissionId);
        builder.Property(r => r.Mutation).HasMaxLength(1);
    }
}
