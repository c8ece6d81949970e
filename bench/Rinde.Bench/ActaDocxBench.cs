using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Rinde.Data;
using Rinde.Features.Acta;
using Rinde.Features.Acta.Docx;
using Rinde.Features.Acta.Model;
using Rinde.Features.Demo;
using Rinde.Features.Exercises;
using Rinde.Features.Exercises.Document;
using Rinde.Features.Files;
using Rinde.Infrastructure;

namespace Rinde.Bench;

/// <summary>
/// Generating the demo's acta as DOCX from the database, as the endpoint does (load the
/// exercise, compute the model and charts, write the document): median time and memory.
/// </summary>
public static class ActaDocxBench
{
    public static async Task RunAsync(int runs)
    {
        var data = new DataDirectory(Directory.CreateTempSubdirectory("rinde-bench-acta-").FullName);
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton(data)
            .AddSingleton(TimeProvider.System)
            .AddDbContext<RindeDbContext, SqliteRindeDbContext>(o => o.UseSqlite($"Data Source={data.DatabasePath}"))
            .AddScoped<FileStore>()
            .AddActa()
            .BuildServiceProvider();

        int exerciseId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<RindeDbContext>();
            await db.Database.MigrateAsync();
            var document = await DemoLoader.ReadAsync();
            var exercise = new Exercise { Title = document.Title };
            db.Exercises.Add(exercise);
            await ExerciseDocumentImporter.ApplyAsync(document, exercise, db, DateTime.UtcNow, "sistema", default);
            exerciseId = exercise.Id;
        }

        var times = new List<double>();
        var allocations = new List<long>();
        long size = 0;
        for (var i = 0; i < runs + 3; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var acta = scope.ServiceProvider.GetRequiredService<ActaService>();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var model = await acta.BuildAsync(exerciseId, ActaRendering.Interna);
            var docx = ActaDocxWriter.Write(model!);
            clock.Stop();
            if (i >= 3) // the first runs warm up the JIT, ScottPlot's fonts and EF's model
            {
                times.Add(clock.Elapsed.TotalMilliseconds);
                allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocated);
                size = docx.Length;
            }
        }
        var stats = new Stats(times);
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"| demo acta DOCX ({size / 1024} KiB), {runs} runs | median {stats.Percentile(50):0.0} ms, p90 {stats.Percentile(90):0.0} ms, min {stats.Percentile(0):0.0} ms | allocated {allocations.Order().ElementAt(allocations.Count / 2) / (1024.0 * 1024):0.0} MiB per run | peak working set {process.PeakWorkingSet64 / (1024.0 * 1024):0} MiB |"));
    }
}
