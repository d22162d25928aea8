using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Conflicts;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ConflictEventRowConfiguration : IEntityTypeConfiguration<ConflictEventRow>
{
    public void Configure(EntityTypeBuilder<ConflictEventRow> builder)
    {
        builder.ToTable("conflict_events");
        builder.HasKey(e => e.Id);
        builder.HasIndex(e => e.ConflictId);
    }
}
