using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.SisApi.Entities;

namespace Thuiszitters.Gateway.SisApi.EntityConfigurations;

internal sealed class SisPullRunRowConfiguration : IEntityTypeConfiguration<SisPullRunRow>
{
    public void Configure(EntityTypeBuilder<SisPullRunRow> builder)
    {
        builder.ToTable("sis_pull_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasIndex(r => new { r.School, r.StartedAt });
    }
}
