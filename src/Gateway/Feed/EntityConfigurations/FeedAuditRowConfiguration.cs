using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class FeedAuditRowConfiguration : IEntityTypeConfiguration<FeedAuditRow>
{
    public void Configure(EntityTypeBuilder<FeedAuditRow> builder)
    {
        builder.ToTable("feed_audit", t => t.HasCheckConstraint("ck_feed_audit_outcome", "outcome IN ('ALLOWED', 'REFUSED')"));
        builder.HasKey(a => a.Id);
        builder.HasIndex(a => a.At);

        // "Who received this pupil?" is answered through the array.
        builder.HasIndex(a => a.Pgns).HasMethod("gin");
    }
}
