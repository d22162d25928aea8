using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class OverlegStepRowConfiguration : IEntityTypeConfiguration<OverlegStepRow>
{
    public void Configure(EntityTypeBuilder<OverlegStepRow> builder)
    {
        builder.ToTable("overleg_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.PersonKey).UseCollation("C");
        builder.Property(s => s.What).HasMaxLength(1000);
        builder.Property(s => s.Who).HasMaxLength(200);
        builder.HasIndex(s => new { s.PersonKey, s.Id });
        builder.HasOne<OverlegRow>().WithMany().HasForeignKey(s => s.OverviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
