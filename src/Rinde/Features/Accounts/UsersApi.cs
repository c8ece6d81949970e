using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;

namespace Rinde.Features.Accounts;

public static class UsersApi
{
    public sealed record Created(string Id);

    public sealed record UserView(string Id, string Email, string Name, IList<string> Roles, List<string> Dependencies);

    public static RouteGroupBuilder MapUsersApi(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").RequireAuthorization(Roles.Administrador).DisableAntiforgery();
        users.MapPost("", CreateAsync);
        users.MapGet("", ListAsync);
        return api;
    }

    private static async Task<Results<Created<Created>, ValidationProblem>> CreateAsync(
        UserAccounts.NewUser request, UserAccounts accounts, CancellationToken ct)
    {
        var (id, errors) = await accounts.CreateAsync(request, ct);
        return id is null
            ? TypedResults.ValidationProblem(errors, detail: "No se pudo crear el usuario: revise los datos.")
            : TypedResults.Created($"/api/v1/users/{id}", new Created(id));
    }

    private static async Task<Ok<List<UserView>>> ListAsync(UserManager<RindeUser> users, RindeDbContext db, CancellationToken ct)
    {
        var all = await users.Users.OrderBy(u => u.Email).ToListAsync(ct);
        var memberships = await db.UserDependencies
            .Join(db.Dependencies, u => u.DependencyId, d => d.Id, (u, d) => new { u.UserId, d.Code }).ToListAsync(ct);
        var views = new List<UserView>();
        foreach (var user in all)
        {
            views.Add(new UserView(user.Id, user.Email!, user.DisplayName, await users.GetRolesAsync(user),
                memberships.Where(m => m.UserId == user.Id).Select(m => m.Code).Order().ToList()));
        }
        return TypedResults.Ok(views);
    }
}
