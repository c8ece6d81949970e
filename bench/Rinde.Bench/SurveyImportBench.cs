using System.Diagnostics;
using System.Globalization;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Rinde.Data;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Import;
using Rinde.Features.Survey.Results;

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

        // Both sides are timed warm, as in a server that has run them before, and several times:
        // each first runs twice untimed on the same file, then three times timed, and the median
        // counts (.NET compiles code unoptimised first and optimises what runs often as it goes;
        // a cold run measures that as much as the code, and this machine's timings wander).
        for (var i = 0; i < Warmups; i++) Parse(csv);
        var parses = Enumerable.Range(0, Runs).Select(_ => Parse(csv)).ToList();
        var parser = Median(parses);
        Report($"CsvHelper alone (every field of every record), median of {Runs} ({Spread(parses)})", parser, 0);
        var exercises = 0;
        foreach (var provider in providers.Split(','))
        {
            await using var db = await FreshDatabaseAsync(provider, folder);
            for (var i = 0; i < Warmups; i++)
            {
                var warmId = await CreateExerciseAsync(db, $"40{++exercises:00}");
                await ImportPreview.ReadAsync(db, csv, warmId, default);
                clock.Restart();
                await new SurveyImporter(db, TimeProvider.System).ImportAsync(csv, warmId);
                Report($"{provider}: untimed warm-up import {i + 1}", clock.Elapsed, parser.TotalSeconds);
                await SurveyAnalysis.ComputeAsync(db, warmId, 20, default);
                db.ChangeTracker.Clear();
            }
            if (provider == providers.Split(',')[0])
            {
                // The preview reads and checks every row without writing.
                var previewId = await CreateExerciseAsync(db, $"40{++exercises:00}");
                clock.Restart();
                await ImportPreview.ReadAsync(db, csv, previewId, default);
                Report("reading and checking every row (the preview)", clock.Elapsed, parser.TotalSeconds);
            }
            List<TimeSpan> imports = [], analyses = [], totals = [];
            for (var run = 0; run < Runs; run++)
            {
                var exerciseId = await CreateExerciseAsync(db, $"40{++exercises:00}");
                clock.Restart();
                var result = await new SurveyImporter(db, TimeProvider.System).ImportAsync(csv, exerciseId);
                var import = clock.Elapsed;
                if (result.RejectedCount > 0 || result.Imported != rows)
                {
                    throw new InvalidOperationException($"Import gave {result.Imported} rows, {result.RejectedCount} rejected: {(result.Rejected.Count > 0 ? result.Rejected[0] : null)}");
                }
                db.ChangeTracker.Clear();
                clock.Restart();
                var results = await SurveyAnalysis.ComputeAsync(db, exerciseId, 20, default);
                var analysis = clock.Elapsed;
                if (results[0].Respondents + results[0].Unanswered != rows) throw new InvalidOperationException("The analysis does not count every response.");
                (imports, analyses, totals) = ([.. imports, import], [.. analyses, analysis], [.. totals, import + analysis]);
                if (run == 0)
                {
                    var stored = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => b.Count);
                    var bytes = await db.SurveyResponseBlocks.Where(b => b.ExerciseId == exerciseId).SumAsync(b => (long)b.Data.Length + b.Keys.Length + b.Cells.Length);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {provider}: {stored:N0} responses stored in blocks, {bytes / 1048576.0:N1} MiB packed"));
                }
            }
            Report($"{provider}: import, median of {Runs} ({Spread(imports)})", Median(imports), parser.TotalSeconds);
            Report($"{provider}: analysis, median of {Runs} ({Spread(analyses)})", Median(analyses), parser.TotalSeconds);
            Report($"{provider}: import + analysis, median of {Runs} ({Spread(totals)})", Median(totals), parser.TotalSeconds);
        }
        File.Delete(csv);
    }

    private const int Warmups = 2;
    private const int Runs = 3;

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);

    private static string Spread(List<TimeSpan> times) =>
        string.Create(CultureInfo.InvariantCulture, $"{times.Min().TotalSeconds:N2}–{times.Max().TotalSeconds:N2} s");

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
