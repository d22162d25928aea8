using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RegionSchoolRowConfiguration : IEntityTypeConfiguration<RegionSchoolRow>
{
    public void Configure(EntityTypeBuilder<RegionSchoolRow> builder)
    {
        builder.ToTable("region_schools");
        builder.HasKey(s => s.School);
    }
}
