using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Register.Entities;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class RodEnrolmentConfiguration : IEntityTypeConfiguration<RodEnrolment>
{
    public void Configure(EntityTypeBuilder<RodEnrolment> builder)
    {
        builder.ToTable("rod_enrolments");
        builder.HasKey(e => new { e.Recipient, e.Pgn, e.School, e.Volgnummer });
        builder.HasIndex(e => e.Pgn);
        builder.HasIndex(e => e.School);
    }
}
