namespace Thuiszitters.Gateway.Web;

/// <summary>Where the pages' npm packages are installed (<c>npm ci</c> in src/Gateway, by scripts/ensure-web.sh).</summary>
internal sealed class WebPackagesOptions
{
    public const string Section = "Web";

    /// <summary>The <c>node_modules</c> folder; relative paths are taken from the content root. Default: <c>node_modules</c>.</summary>
    public string PackagesPath { get; set; } = "node_modules";
}
