using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Feed.Entities;

namespace Thuiszitters.Gateway.Feed.EntityConfigurations;

internal sealed class WebhookDeliveryRowConfiguration : IEntityTypeConfiguration<WebhookDeliveryRow>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryRow> builder)
    {
        builder.ToTable("webhook_deliveries", t => t.HasCheckConstraint("ck_webhook_deliveries_state", "state IN ('PENDING', 'DELIVERED', 'DEAD')"));
        builder.HasKey(d => d.Id);
        builder.HasIndex(d => d.MessageId).IsUnique();
        builder.HasIndex(d => new { d.SubscriptionId, d.State, d.Id });
        builder.HasOne<WebhookSubscriptionRow>().WithMany().HasForeignKey(d => d.SubscriptionId).OnDelete(DeleteBehavior.Cascade);
    }
}
