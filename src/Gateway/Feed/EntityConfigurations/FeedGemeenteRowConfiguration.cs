using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedGemeenteRowConfiguration : IEntityTypeConfiguration<FeedGemeenteRow>
{
    public void Configure(EntityTypeBuilder<FeedGemeenteRow> builder)
    {
        builder.ToTable("feed_gemeenten");
        builder.HasKey(g => g.Gemeente);
        builder.Property(g => g.Gemeente).UseCollation("C");
    }
}
