using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class CountHistoryRowConfiguration : IEntityTypeConfiguration<CountHistoryRow>
{
    public void Configure(EntityTypeBuilder<CountHistoryRow> builder)
    {
        builder.ToTable("count_history");
        builder.HasKey(c => new { c.ScopeKind, c.Scope, c.Metric, c.Day });
        builder.HasIndex(c => c.Day);
    }
}
