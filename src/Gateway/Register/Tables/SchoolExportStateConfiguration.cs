using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class SchoolExportStateConfiguration : IEntityTypeConfiguration<SchoolExportState>
{
    public void Configure(EntityTypeBuilder<SchoolExportState> builder)
    {
        var kinds = string.Join(", ", new[] { SchoolExportKinds.Pupils, SchoolExportKinds.Absences, SchoolExportKinds.Registrations }.Select(k => $"'{k}'"));
        builder.ToTable("school_export_state", t => t.HasCheckConstraint("ck_school_export_state_kind", $"kind IN ({kinds})"));
        builder.HasKey(s => new { s.School, s.Kind });
        builder.HasOne<Delivery>().WithMany().HasForeignKey(s => s.DeliveryId).OnDelete(DeleteBehavior.Restrict);
    }
}
