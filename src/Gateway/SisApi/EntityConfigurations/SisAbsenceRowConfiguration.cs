using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.SisApi.Entities;

namespace Thuiszitters.Gateway.SisApi.EntityConfigurations;

internal sealed class SisAbsenceRowConfiguration : IEntityTypeConfiguration<SisAbsenceRow>
{
    public void Configure(EntityTypeBuilder<SisAbsenceRow> builder)
    {
        builder.ToTable("sis_absences");
        builder.HasKey(r => new { r.School, r.StudentNumber, r.Date, r.Code });
        builder.Property(r => r.School).HasMaxLength(6);
        builder.Property(r => r.Payload).HasColumnType("jsonb");
    }
}
