using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Rinde.Features.BackOffice;

public static class BackOfficeSetup
{
    public static IServiceCollection AddRindeBackOffice(this IServiceCollection services)
    {
        // Spanish text stays readable in the HTML (á, not &#xE1;).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }
}
