namespace Rinde.Infrastructure;

/// <summary>Where the SQLite database, uploads and generated files live (RINDE_DATA_DIR, default ./data).</summary>
public sealed class DataDirectory
{
    public DataDirectory(string path)
    {
        Root = Path.GetFullPath(path);
        Directory.CreateDirectory(Root);
        Directory.CreateDirectory(FilesPath);
    }

    public string Root { get; }
    public string FilesPath => Path.Combine(Root, "files");
    public string DatabasePath => Path.Combine(Root, "rinde.db");
    public string KeysPath => Path.Combine(Root, "keys");

    public static DataDirectory FromConfiguration(IConfiguration configuration) =>
        new(configuration["RINDE_DATA_DIR"] is { Length: > 0 } dir ? dir : "data");
}
