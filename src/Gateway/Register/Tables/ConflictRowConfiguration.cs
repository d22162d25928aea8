using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Conflicts;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ConflictRowConfiguration : IEntityTypeConfiguration<ConflictRow>
{
    public void Configure(EntityTypeBuilder<ConflictRow> builder)
    {
        builder.ToTable("conflicts");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => c.Identity).IsUnique();
        builder.HasIndex(c => c.Pgn);
        builder.HasIndex(c => c.SourceKey);
        builder.HasIndex(c => new { c.State, c.Code });
        builder.HasIndex(c => c.School);
    }
}
