using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class OverlegRowConfiguration : IEntityTypeConfiguration<OverlegRow>
{
    public void Configure(EntityTypeBuilder<OverlegRow> builder)
    {
        builder.ToTable("overleg_overviews");
        builder.HasKey(o => o.Id);
        builder.HasIndex(o => new { o.Gemeente, o.Id });
    }
}
