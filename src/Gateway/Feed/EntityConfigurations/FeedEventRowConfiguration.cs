using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedEventRowConfiguration : IEntityTypeConfiguration<FeedEventRow>
{
    public void Configure(EntityTypeBuilder<FeedEventRow> builder)
    {
        builder.ToTable("feed_events", t => t.HasCheckConstraint("ck_feed_events_type", "type IN ('upsert', 'removal')"));
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Gemeente).UseCollation("C");
        builder.Property(e => e.Pgn).UseCollation("C");

        // Dense per gemeente: a sequence handed out twice fails the run that tries it.
        builder.HasIndex(e => new { e.Gemeente, e.Sequence }).IsUnique();
    }
}
