using System.Globalization;
using Rinde.Bench;

// dotnet run -c Release --project bench/Rinde.Bench -- intake sqlite|postgres [seconds] [rate]
//                                                   desks  sqlite|postgres [desks] [questions per second] [seconds]
//                                                   acta   [runs]
//                                                   survey [rows] [sqlite,postgres]
//                                                   nodes  [concurrency] [seconds] [desks]   (PostgreSQL and nginx)
//                                                   invitations [contacts]                   (SQLite, loopback SMTP)
var mode = args.ElementAtOrDefault(0) ?? "intake";
var provider = args.ElementAtOrDefault(1) ?? "sqlite";
int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

switch (mode)
{
    case "intake":
        await IntakeLoad.RunAsync(provider, TimeSpan.FromSeconds(Arg(2, 10)), Arg(3, 2000));
        break;
    case "acta":
        await ActaDocxBench.RunAsync(Arg(1, 30));
        break;
    case "desks":
        await DeskFanout.RunAsync(provider, Arg(2, 200), Arg(3, 50), TimeSpan.FromSeconds(Arg(4, 10)));
        break;
    case "survey":
        await SurveyImportBench.RunAsync(Arg(1, 1_000_000), args.ElementAtOrDefault(2) ?? "sqlite");
        break;
    case "nodes":
        await NodesBench.RunAsync(Arg(1, 64), TimeSpan.FromSeconds(Arg(2, 15)), Arg(3, 100));
        break;
    case "invitations":
        await InvitationsBench.RunAsync(Arg(1, 5000));
        break;
    default:
        Console.Error.WriteLine("Uso: intake|desks sqlite|postgres ..., acta, survey, nodes (bench/run.sh explica cada uno).");
        return 2;
}
return 0;
