using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class ThuiszitterRegistrationConfiguration : IEntityTypeConfiguration<ThuiszitterRegistration>
{
    public void Configure(EntityTypeBuilder<ThuiszitterRegistration> builder)
    {
        builder.ToTable("thuiszitter_registrations");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.HasIndex(r => r.School);
        builder.HasIndex(r => r.Bsn);
        builder.HasIndex(r => r.Onderwijsnummer);
    }
}
