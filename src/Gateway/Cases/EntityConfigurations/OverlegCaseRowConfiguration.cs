using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class OverlegCaseRowConfiguration : IEntityTypeConfiguration<OverlegCaseRow>
{
    public void Configure(EntityTypeBuilder<OverlegCaseRow> builder)
    {
        builder.ToTable("overleg_cases");
        builder.HasKey(c => new { c.OverviewId, c.PersonKey });
        builder.Property(c => c.PersonKey).UseCollation("C");
        builder.HasOne<OverlegRow>().WithMany().HasForeignKey(c => c.OverviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
