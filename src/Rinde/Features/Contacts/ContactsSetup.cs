namespace Rinde.Features.Contacts;

/// <summary>Grupos de valor: contact lists per dependency and their imports.</summary>
public static class ContactsSetup
{
    public static IServiceCollection AddContacts(this IServiceCollection services)
    {
        services.AddScoped<ContactLists>();
        services.AddScoped<ContactImporter>();
        services.AddScoped<ContactDrafts>();
        return services;
    }
}
