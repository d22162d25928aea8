using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class AbsenceDayConfiguration : IEntityTypeConfiguration<AbsenceDay>
{
    public void Configure(EntityTypeBuilder<AbsenceDay> builder)
    {
        builder.ToTable("absence_days");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseIdentityByDefaultColumn();
        builder.Property(a => a.Hours).HasColumnType("numeric");
        builder.HasIndex(a => a.School);
        builder.HasIndex(a => a.Bsn);
        builder.HasIndex(a => a.Onderwijsnummer);
    }
}
