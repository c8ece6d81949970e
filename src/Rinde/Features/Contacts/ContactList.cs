using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rinde.Features.Dependencies;

namespace Rinde.Features.Contacts;

/// <summary>A list of a dependency's grupos de valor (the people and organisations it invites).</summary>
public class ContactList : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int DependencyId { get; set; }
    public Dependency Dependency { get; set; } = null!;
    public required string Name { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<Contact> Contacts { get; set; } = [];
}

/// <summary>
/// One person of a list, with the consent that lets the entity write to them (Ley 1581 de
/// 2012). The address is stored trimmed and in lower case: one contact per address and list.
/// </summary>
public class Contact : Data.ISoftDeletable
{
    public int Id { get; set; }
    public int ContactListId { get; set; }
    public ContactList List { get; set; } = null!;
    public string Name { get; set; } = "";
    public required string Email { get; set; }
    public string Organisation { get; set; } = "";
    public string GroupType { get; set; } = "";
    public DateOnly ConsentDate { get; set; }
    public string ConsentSource { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}

internal sealed class ContactListConfiguration : IEntityTypeConfiguration<ContactList>
{
    public void Configure(EntityTypeBuilder<ContactList> builder)
    {
        builder.ToTable("ContactLists");
        builder.HasIndex(l => new { l.DependencyId, l.Name }).IsUnique();
        builder.Property(l => l.Name).HasMaxLength(ContactRules.MaxName);
        builder.HasOne(l => l.Dependency).WithMany().HasForeignKey(l => l.DependencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.HasIndex(c => new { c.ContactListId, c.Email }).IsUnique();
        builder.HasIndex(c => c.Email);
        builder.HasOne(c => c.List).WithMany(l => l.Contacts).HasForeignKey(c => c.ContactListId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.Name).HasMaxLength(ContactRules.MaxName);
        builder.Property(c => c.Organisation).HasMaxLength(ContactRules.MaxText);
        builder.Property(c => c.GroupType).HasMaxLength(ContactRules.MaxName);
        builder.Property(c => c.ConsentSource).HasMaxLength(ContactRules.MaxText);
    }
}
