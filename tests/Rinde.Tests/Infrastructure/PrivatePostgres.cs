using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Rinde.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL server of one test's own (Debian's binaries, a throwaway cluster on loopback),
/// for tests that stop the server: the shared test server must keep serving the others.
/// </summary>
public sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rinde-private-pg-").FullName;
    private readonly int _port = FreePort();
    private readonly string _bin = Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
        .OrderBy(d => d, StringComparer.Ordinal).Last();

    public string ConnectionString => $"Host=127.0.0.1;Port={_port};Username=postgres;Database=postgres";

    public static async Task<PrivatePostgres> StartNewAsync()
    {
        var server = new PrivatePostgres();
        await Run("chown", "-R", "postgres", server._dir);
        await server.AsPostgres($"{server._bin}/initdb -D {server._dir}/data -U postgres -A trust -E UTF8");
        await server.StartAsync();
        return server;
    }

    public Task StartAsync() => AsPostgres(
        $"{_bin}/pg_ctl -D {_dir}/data -o '-p {_port} -k {_dir} -c listen_addresses=127.0.0.1 -c fsync=off' -l {_dir}/log -w start");

    /// <summary>A fast shutdown: every connection is cut, as in an outage.</summary>
    public Task StopAsync() => AsPostgres($"{_bin}/pg_ctl -D {_dir}/data -m fast -w stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            await AsPostgres($"{_bin}/pg_ctl -D {_dir}/data -m immediate -w stop");
        }
        catch (InvalidOperationException)
        {
            // already stopped
        }
        Directory.Delete(_dir, recursive: true);
    }

    private Task AsPostgres(string command) => Environment.UserName == "root"
        ? Run("su", "postgres", "-s", "/bin/sh", "-c", command)
        : Run("/bin/sh", "-c", command);

    private static async Task Run(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(info)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} terminó con {process.ExitCode}: {await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
