using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedItemRowConfiguration : IEntityTypeConfiguration<FeedItemRow>
{
    public void Configure(EntityTypeBuilder<FeedItemRow> builder)
    {
        builder.ToTable("feed_items");
        builder.HasKey(i => new { i.Gemeente, i.Pgn });
        builder.Property(i => i.Gemeente).UseCollation("C");
        builder.Property(i => i.Pgn).UseCollation("C");
        builder.Property(i => i.Item).HasColumnType("jsonb");

        // The change log finds a pupil's rows in every gemeente (a move) by pgn alone.
        builder.HasIndex(i => i.Pgn);
    }
}
