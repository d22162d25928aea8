using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class DeferredIndexConfiguration : IEntityTypeConfiguration<DeferredIndex>
{
    public void Configure(EntityTypeBuilder<DeferredIndex> builder)
    {
        builder.ToTable("deferred_indexes");
        builder.HasKey(i => i.Name);
    }
}
