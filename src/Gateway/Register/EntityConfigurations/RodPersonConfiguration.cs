using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RodPersonConfiguration : IEntityTypeConfiguration<RodPerson>
{
    public void Configure(EntityTypeBuilder<RodPerson> builder)
    {
        builder.ToTable("rod_persons");
        builder.HasKey(p => new { p.Recipient, p.Pgn });
        builder.HasIndex(p => p.Pgn);
    }
}
