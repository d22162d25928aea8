using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Thuiszitters.Gateway.Cases.Entities;

namespace Thuiszitters.Gateway.Cases.EntityConfigurations;

internal sealed class CasePersonRowConfiguration : IEntityTypeConfiguration<CasePersonRow>
{
    public void Configure(EntityTypeBuilder<CasePersonRow> builder)
    {
        builder.ToTable("case_people");
        builder.HasKey(c => c.PersonKey);

        // Joined to pupil_states.person_key, which compares bytewise.
        builder.Property(c => c.PersonKey).UseCollation("C");
        builder.Property(c => c.Pgn).UseCollation("C");

        // The overview's default order (since, then key) and its order by name, read by index: a page reads only its rows.
        builder.HasIndex(c => new { c.Since, c.PersonKey });
        builder.HasIndex(c => new { c.SortName, c.PersonKey });
    }
}
