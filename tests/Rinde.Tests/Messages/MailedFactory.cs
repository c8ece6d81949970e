using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.Messages;

/// <summary>Rinde on a real database, sending through a real SMTP server on loopback.</summary>
public sealed class MailedFactory<TFactory> : IDisposable where TFactory : RindeFactory, new()
{
    public MailedFactory()
    {
        Smtp = new LoopbackSmtp().Start();
        Rinde = new TFactory();
        foreach (var (key, value) in Smtp.Settings)
        {
            Rinde.Settings[key] = value;
        }
    }

    public LoopbackSmtp Smtp { get; }
    public TFactory Rinde { get; }

    public void Dispose()
    {
        Rinde.Dispose();
        Smtp.StopAsync().GetAwaiter().GetResult();
    }
}
