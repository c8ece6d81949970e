using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Import;

namespace Rinde.Bench;

/// <summary>
/// Issue 4's target: importing and analysing a Google Forms CSV takes at most 3 times what
/// the CSV parser alone takes to read every field of the same file, in the same run.
/// </summary>
public static class SurveyImportBench
{
    public static async Task RunAsync(int rows, string providers)
    {
        var folder = Directory.CreateTempSubdirectory("rinde-bench-survey-").FullName;
        var csv = Path.Combine(folder, "respuestas.csv");
        var clock = Stopwatch.StartNew();
        await SurveyCsv.WriteAsync(csv, rows);
        Console.WriteLine($"survey: {rows:N0} rows × 20 questions, {new FileInfo(csv).Length / 1048576.0:N1} MiB, written in {clock.Elapsed.TotalSeconds:N1} s");

        // Both sides are timed warm, as a running server would be: the JIT has optimised the parser's
        // and the import's code on a small file first (tiered compilation starts unoptimised).
        var warm = Path.Combine(folder, "calentamiento.csv");
        await SurveyCsv.WriteAsync(warm, 20_000);
        Parse(warm);
        var parser = Parse(csv);
        Report("CsvHelper alone (every field of every record)", parser, 0);
        foreach (var provider in providers.Split(','))
        {
            await using var db = await FreshDatabaseAsync(provider, folder);
            var warmId = await CreateExerciseAsync(db, "4111");
            await ImportPreview.ReadAsync(db, warm, warmId, default);
            await new SurveyImporter(db, TimeProvider.System).ImportAsync(warm, warmId);
            await SurveyAnalysis.ComputeAsync(db, warmId, 20, default);
            db.ChangeTracker.Clear();
            var exerciseId = await CreateExerciseAsync(db, "4112");
            if (provider == providers.Split(',')[0])
            {
                // The preview reads and converts every row without writing: the import's cost outside the database.
                clock.Restart();
                await ImportPreview.ReadAsync(db, csv, exerciseId, default);
                Report("reading and converting every row (the preview)", clock.Elapsed, parser.TotalSeconds);
            }
            clock.Restart();
            var result = await new SurveyImporter(db, TimeProvider.System).ImportAsync(csv, exerciseId);
            var import = clock.Elapsed;
            if (result.RejectedCount > 0 || result.Imported != rows)
            {
                throw new InvalidOperationException($"Import gave {result.Imported} rows, {result.RejectedCount} rejected: {(result.Rejected.Count > 0 ? result.Rejected[0] : null)}");
            }
            var stored = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => b.Count);
            var bytes = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => (long)b.Data.Length + b.Keys.Length + b.Cells.Length);
            Report($"{provider}: import ({stored:N0} responses in blocks, {bytes / 1048576.0:N1} MiB packed)", import, parser.TotalSeconds);
            db.ChangeTracker.Clear();
            clock.Restart();
            var results = await SurveyAnalysis.ComputeAsync(db, exerciseId, 20, default);
            var analysis = clock.Elapsed;
            Report($"{provider}: analysis ({results.Count} questions, {results[0].Respondents:N0} respondents to the first)", analysis, parser.TotalSeconds);
            Report($"{provider}: import + analysis", import + analysis, parser.TotalSeconds);
        }
        File.Delete(csv);
        File.Delete(warm);
    }

    private static TimeSpan Parse(string path)
    {
        var clock = Stopwatch.StartNew();
        long characters = 0;
        using var stream = File.OpenRead(path);
        using var reader = CsvReader.Create(stream, SurveyFile.CsvOptions(), leaveOpen: false);
        while (reader.Read())
        {
            for (var i = 0; i < reader.FieldCount; i++) characters += reader.GetString(i).Length;
        }
        GC.KeepAlive(characters);
        return clock.Elapsed;
    }

    private static void Report(string what, TimeSpan time, double parserSeconds)
    {
        var process = Process.GetCurrentProcess();
        var ratio = parserSeconds > 0 ? string.Create(CultureInfo.InvariantCulture, $", {time.TotalSeconds / parserSeconds:N2} × the parser") : "";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what}: {time.TotalSeconds:N2} s{ratio}; peak working set so far {process.PeakWorkingSet64 / 1048576} MiB, managed heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MiB"));
    }

    private static async Task<RindeDbContext> FreshDatabaseAsync(string provider, string folder)
    {
        RindeDbContext db = provider == "postgres"
            ? new PostgresRindeDbContext(new DbContextOptionsBuilder<PostgresRindeDbContext>().UseNpgsql(
                (Environment.GetEnvironmentVariable("RINDE_BENCH_POSTGRES") ?? throw new InvalidOperationException("RINDE_BENCH_POSTGRES no está definido (bench/run.sh lo define)."))
                + "_survey;Command Timeout=0").Options)
            : new SqliteRindeDbContext(new DbContextOptionsBuilder<SqliteRindeDbContext>()
                .UseSqlite($"Data Source={Path.Combine(folder, "rinde.db")}").Options);
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await db.Database.EnsureDeletedAsync();
        await db.Database.MigrateAsync();
        if (provider != "postgres")
        {
            // As in production (DatabaseSetup): WAL with synchronous=FULL.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
        }
        return db;
    }

    private static async Task<int> CreateExerciseAsync(RindeDbContext db, string dependencyCode)
    {
        var exercise = new Rinde.Features.Exercises.Exercise
        {
            Title = "Audiencia pública de la medición", Vigencia = 2021, Date = new DateOnly(2021, 11, 17),
            Dependency = new Rinde.Features.Dependencies.Dependency { Code = dependencyCode, Name = $"Secretaría {dependencyCode}" },
        };
        db.Exercises.Add(exercise);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return exercise.Id;
    }
}
