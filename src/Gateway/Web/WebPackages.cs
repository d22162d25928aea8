using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Thuiszitters.Gateway.Web;

/// <summary>
/// Serves the built files of the pages' npm packages under <c>/lib/NAME/</c>: the NL Design System CSS
/// (<c>@utrecht/component-library-css</c> with the <c>@utrecht/design-tokens</c> theme) and chart.js. Only each
/// package's <c>dist</c> folder is reachable, never the rest of node_modules.
/// </summary>
internal static partial class WebPackages
{
    /// <summary>URL folder under /lib, and the package folder inside node_modules it serves.</summary>
    private static readonly (string Name, string Folder)[] Served =
    [
        ("utrecht-css", "@utrecht/component-library-css/dist"),
        ("utrecht-tokens", "@utrecht/design-tokens/dist"),
        ("chart.js", "chart.js/dist"),
    ];

    public static WebApplicationBuilder AddWebPackages(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<WebPackagesOptions>().BindConfiguration(WebPackagesOptions.Section)
            .Validate(o => !string.IsNullOrWhiteSpace(o.PackagesPath), "Web:PackagesPath must name a folder.")
            .ValidateOnStart();
        return builder;
    }

    public static WebApplication UseWebPackages(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebPackagesOptions>>().Value;
        var root = Path.GetFullPath(options.PackagesPath, app.Environment.ContentRootPath);
        foreach (var (name, folder) in Served)
        {
            var path = Path.Combine(root, folder);
            if (!Directory.Exists(path))
            {
                LogMissing(app.Logger, name, path);
                continue;
            }

            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(path), RequestPath = "/lib/" + name });
        }

        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The pages' package {Name} is not installed at {Path}: run scripts/ensure-web.sh (npm ci in src/Gateway); the pages are served without it.")]
    private static partial void LogMissing(ILogger logger, string name, string path);
}
