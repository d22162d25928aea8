using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedProvenanceRowConfiguration : IEntityTypeConfiguration<FeedProvenanceRow>
{
    public void Configure(EntityTypeBuilder<FeedProvenanceRow> builder)
    {
        builder.ToTable("feed_provenance");
        builder.HasKey(p => p.Pgn);
        builder.Property(p => p.Pgn).UseCollation("C");
    }
}
