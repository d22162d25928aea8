using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class CaseEpisodeRowConfiguration : IEntityTypeConfiguration<CaseEpisodeRow>
{
    public void Configure(EntityTypeBuilder<CaseEpisodeRow> builder)
    {
        builder.ToTable("case_episodes");
        builder.HasKey(e => new { e.PersonKey, e.Status, e.Since });
        builder.Property(e => e.PersonKey).UseCollation("C");

        // A quarter's count reads the episodes that end in or after it.
        builder.HasIndex(e => e.LastDay);
    }
}
