namespace Rinde.Features.Accounts;

/// <summary>
/// What each role does and which dependencies it needs, as the users page explains it, and the
/// warning for an account that cannot see anything. Follows <see cref="StaffScope"/>: administrador
/// and revisor see every exercise; every other role sees only its dependencies' (and their
/// sub-units') exercises, plus, for those who answer, the questions assigned to them elsewhere.
/// </summary>
public static class RoleGuide
{
    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Roles.Administrador] = "Configura la entidad (usuarios, dependencias, formatos) y hace todo en todos los ejercicios. No necesita dependencias.",
        [Roles.Revisor] = "Revisa, devuelve, aprueba y reabre las actas de todas las dependencias. No necesita dependencias.",
        [Roles.Articulador] = "Prepara los ejercicios y los envía a revisión. Necesita al menos una dependencia: ve los ejercicios de ella y de sus oficinas.",
        [Roles.Respondedor] = "Responde preguntas en la mesa. Necesita al menos una dependencia: ve sus ejercicios y responde también lo que se asigne a ella en ejercicios de la dependencia superior.",
        [Roles.Publicador] = "Publica las actas aprobadas. Necesita al menos una dependencia: publica las de ella y de sus oficinas.",
    };

    /// <summary>The Spanish warning when an account with these roles and this many dependencies sees no exercise; null when it sees some.</summary>
    public static string? Warning(IEnumerable<string> roles, int dependencyCount)
    {
        var list = roles.ToList();
        if (list.Count == 0)
        {
            return "No tiene ningún rol: puede ingresar, pero no ve ni hace nada.";
        }
        if (dependencyCount > 0 || list.Contains(Roles.Administrador) || list.Contains(Roles.Revisor))
        {
            return null;
        }
        var who = list.Count == 1 ? $"el rol {list[0]} necesita" : $"los roles {string.Join(", ", list[..^1])} y {list[^1]} necesitan";
        return $"No ve ningún ejercicio: {who} al menos una dependencia.";
    }
}
