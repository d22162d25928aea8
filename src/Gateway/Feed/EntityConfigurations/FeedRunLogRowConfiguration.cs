using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedRunLogRowConfiguration : IEntityTypeConfiguration<FeedRunLogRow>
{
    public void Configure(EntityTypeBuilder<FeedRunLogRow> builder)
    {
        builder.ToTable("feed_run_logs");
        builder.HasKey(r => r.RunId);
        builder.Property(r => r.RunId).ValueGeneratedNever();
    }
}
