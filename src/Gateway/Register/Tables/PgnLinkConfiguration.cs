using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class PgnLinkConfiguration : IEntityTypeConfiguration<PgnLink>
{
    public void Configure(EntityTypeBuilder<PgnLink> builder)
    {
        PgnLinksTable.Schema.MapColumns(builder);
        builder.HasKey(l => new { l.Recipient, l.Bsn, l.Onderwijsnummer });
        builder.HasIndex(l => l.Bsn);
        builder.HasIndex(l => l.Onderwijsnummer);
    }
}
