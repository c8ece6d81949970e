using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Rinde.Tests.Deployment;

/// <summary>Debian's nginx running deploy/nginx.conf, pointed at the given nodes, on a free port.</summary>
public sealed class NginxProxy : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rinde-nginx-").FullName;
    private Process? _process;

    public NginxProxy(params Uri[] nodes)
    {
        Port = FreePort();
        var conf = File.ReadAllText(Path.Combine(RepositoryRoot, "deploy", "nginx.conf"))
            .Replace("127.0.0.1:5081", nodes[0].Authority, StringComparison.Ordinal)
            .Replace("127.0.0.1:5082", nodes[1].Authority, StringComparison.Ordinal)
            .Replace("listen 127.0.0.1:8080", $"listen 127.0.0.1:{Port}", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_dir, "nginx.conf"), conf);
    }

    public int Port { get; }
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}");

    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Rinde.slnx")))
            {
                dir = dir.Parent;
            }
            return dir?.FullName ?? throw new InvalidOperationException("No se encontró la raíz del repositorio.");
        }
    }

    public async Task StartAsync()
    {
        var nginx = File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx";
        var info = new ProcessStartInfo(nginx, ["-p", _dir, "-c", Path.Combine(_dir, "nginx.conf"), "-g", "daemon off;"])
        {
            RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
        };
        _process = Process.Start(info)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        // nginx is ready once its port accepts connections.
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (attempt < 100 && !_process.HasExited)
            {
                await Task.Delay(100);
            }
        }
    }

    public void Dispose()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
