namespace Rinde.Features.Accounts;

/// <summary>The roles of ../shared/api.md (Users).</summary>
public static class Roles
{
    public const string Administrador = "administrador";
    public const string Articulador = "articulador";
    public const string Respondedor = "respondedor";
    public const string Revisor = "revisor";
    public const string Publicador = "publicador";

    public static readonly IReadOnlyList<string> All = [Administrador, Articulador, Respondedor, Revisor, Publicador];
}
