using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.SisApi.Entities;

namespace Thuiszitters.Gateway.SisApi.EntityConfigurations;

internal sealed class SisStudentRowConfiguration : IEntityTypeConfiguration<SisStudentRow>
{
    public void Configure(EntityTypeBuilder<SisStudentRow> builder)
    {
        builder.ToTable("sis_students");
        builder.HasKey(r => new { r.School, r.StudentNumber });
        builder.Property(r => r.School).HasMaxLength(6);
        builder.Property(r => r.Payload).HasColumnType("jsonb");
    }
}
