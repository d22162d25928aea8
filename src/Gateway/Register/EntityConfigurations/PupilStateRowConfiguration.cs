using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Reconciliation.Persistence;

namespace Thuiszitters.Gateway.Register.EntityConfigurations;

internal sealed class PupilStateRowConfiguration : IEntityTypeConfiguration<PupilStateRow>
{
    public void Configure(EntityTypeBuilder<PupilStateRow> builder)
    {
        builder.ToTable("pupil_states");
        builder.HasKey(p => p.PersonKey);
        builder.HasIndex(p => p.Pgn);
        builder.HasIndex(p => p.Gemeente);
        builder.HasIndex(p => p.Status);
        builder.HasIndex(p => p.Schools).HasMethod("gin");
    }
}
