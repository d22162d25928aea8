using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Thuiszitters.Gateway.Security.People;

internal sealed class PersonRowConfiguration : IEntityTypeConfiguration<PersonRow>
{
    public void Configure(EntityTypeBuilder<PersonRow> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.UserName).IsUnique();
        builder.Property(p => p.UserName).HasMaxLength(PersonRules.MaxUserName);
        builder.Property(p => p.DisplayName).HasMaxLength(PersonRules.MaxDisplayName);
        builder.Property(p => p.Role).HasMaxLength(32);
        builder.Property(p => p.Organisation).HasMaxLength(PersonRules.MaxOrganisation);
    }
}
