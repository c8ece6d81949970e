using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Rinde.Infrastructure;

/// <summary>
/// ForwardedHeaders__KnownProxies__0=10.0.0.5, ForwardedHeaders__KnownNetworks__0=10.0.0.0/24: the
/// reverse proxies whose X-Forwarded-For and X-Forwarded-Proto Rinde believes. Loopback is always
/// trusted (as ASP.NET Core does by default: nginx on the same machine); any other sender's
/// forwarded headers are ignored, so nobody picks the address the per-sender limits count.
/// </summary>
public sealed class ProxyOptions
{
    public List<string> KnownProxies { get; set; } = [];
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a row to unwrap (one nginx: 1).</summary>
    public int ForwardLimit { get; set; } = 1;
}

/// <summary>Stops Rinde at start-up when an address or network cannot be read, naming the variable.</summary>
internal sealed class ProxyOptionsValidator : IValidateOptions<ProxyOptions>
{
    public ValidateOptionsResult Validate(string? name, ProxyOptions options)
    {
        var errors = new List<string>();
        for (var i = 0; i < options.KnownProxies.Count; i++)
        {
            if (!IPAddress.TryParse(options.KnownProxies[i].Trim(), out _))
            {
                errors.Add($"ForwardedHeaders__KnownProxies__{i} «{options.KnownProxies[i]}» no es una dirección IP.");
            }
        }
        for (var i = 0; i < options.KnownNetworks.Count; i++)
        {
            if (!System.Net.IPNetwork.TryParse(options.KnownNetworks[i].Trim(), out _))
            {
                errors.Add($"ForwardedHeaders__KnownNetworks__{i} «{options.KnownNetworks[i]}» no es una red válida: escriba «10.0.0.0/24».");
            }
        }
        if (options.ForwardLimit is < 1 or > 10)
        {
            errors.Add($"ForwardedHeaders__ForwardLimit debe estar entre 1 y 10 (es {options.ForwardLimit}).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

public static class ForwardedHeadersSetup
{
    public static IServiceCollection AddRindeForwardedHeaders(this IServiceCollection services)
    {
        services.AddOptions<ProxyOptions>().BindConfiguration("ForwardedHeaders").ValidateOnStart();
        services.AddSingleton<IValidateOptions<ProxyOptions>, ProxyOptionsValidator>();
        // Registered after ASP.NET Core's own setup, so it also replaces the "trust everyone" that
        // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true would configure.
        services.AddSingleton<IConfigureOptions<ForwardedHeadersOptions>>(sp => new ConfigureNamedOptions<ForwardedHeadersOptions>(
            Options.DefaultName, o => Configure(o, sp.GetRequiredService<IOptions<ProxyOptions>>().Value)));
        return services;
    }

    private static void Configure(ForwardedHeadersOptions options, ProxyOptions proxies)
    {
        options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
        options.ForwardLimit = proxies.ForwardLimit;
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        options.KnownProxies.Add(IPAddress.IPv6Loopback);
        options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse("127.0.0.0/8"));
        foreach (var proxy in proxies.KnownProxies)
        {
            options.KnownProxies.Add(IPAddress.Parse(proxy.Trim()));
        }
        foreach (var network in proxies.KnownNetworks)
        {
            options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network.Trim()));
        }
    }
}
