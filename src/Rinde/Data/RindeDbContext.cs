using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Rinde.Features.Accounts;
using Rinde.Features.Acta;
using Rinde.Features.Commitments;
using Rinde.Features.Convocation;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Files;
using Rinde.Features.Questions;
using Rinde.Features.Reporting;
using Rinde.Features.SelfAssessment;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Territories;

namespace Rinde.Data;

/// <summary>
/// The one model of Rinde. Each provider has a subclass only so that each keeps its own
/// migration set (see docs/decisions.md). It also keeps the data-protection keys, so that
/// every node on one database reads the cookies and tokens of every other.
/// </summary>
public abstract class RindeDbContext(DbContextOptions options) : IdentityDbContext<RindeUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Dependency> Dependencies => Set<Dependency>();
    public DbSet<ActaFormat> ActaFormats => Set<ActaFormat>();
    public DbSet<Exercise> Exercises => Set<Exercise>();
    public DbSet<Participant> Participants => Set<Participant>();
    public DbSet<Topic> Topics => Set<Topic>();
    public DbSet<ScheduleActivity> ScheduleActivities => Set<ScheduleActivity>();
    public DbSet<ReportSection> ReportSections => Set<ReportSection>();
    public DbSet<ReportFigure> ReportFigures => Set<ReportFigure>();
    public DbSet<ReportImage> ReportImages => Set<ReportImage>();
    public DbSet<ConvocationAction> ConvocationActions => Set<ConvocationAction>();
    public DbSet<ConvocationEvidence> ConvocationEvidence => Set<ConvocationEvidence>();
    public DbSet<AudienceFigure> AudienceFigures => Set<AudienceFigure>();
    public DbSet<QuestionTheme> QuestionThemes => Set<QuestionTheme>();
    public DbSet<CitizenQuestion> CitizenQuestions => Set<CitizenQuestion>();
    public DbSet<SurveyQuestion> SurveyQuestions => Set<SurveyQuestion>();
    public DbSet<SurveyOption> SurveyOptions => Set<SurveyOption>();
    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();
    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();
    public DbSet<Features.Survey.Responses.SurveyResponseBlock> SurveyResponseBlocks => Set<Features.Survey.Responses.SurveyResponseBlock>();
    public DbSet<Territory> Territories => Set<Territory>();
    public DbSet<DofaItem> DofaItems => Set<DofaItem>();
    public DbSet<DofaStrategy> DofaStrategies => Set<DofaStrategy>();
    public DbSet<Commitment> Commitments => Set<Commitment>();
    public DbSet<CommitmentProgress> CommitmentProgress => Set<CommitmentProgress>();
    public DbSet<ScheduleProgress> ScheduleProgress => Set<ScheduleProgress>();
    public DbSet<Signatory> Signatories => Set<Signatory>();
    public DbSet<Annex> Annexes => Set<Annex>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<UserDependency> UserDependencies => Set<UserDependency>();
    public DbSet<Features.Audit.AuditEntry> AuditEntries => Set<Features.Audit.AuditEntry>();
    public DbSet<Features.Acta.Workflow.ActaVersion> ActaVersions => Set<Features.Acta.Workflow.ActaVersion>();
    public DbSet<Features.Acta.Workflow.ActaTransition> ActaTransitions => Set<Features.Acta.Workflow.ActaTransition>();
    public DbSet<Features.Acta.Workflow.ActaNumberCounter> ActaNumberCounters => Set<Features.Acta.Workflow.ActaNumberCounter>();
    public DbSet<Features.Questions.Desk.QuestionEvent> QuestionEvents => Set<Features.Questions.Desk.QuestionEvent>();
    public DbSet<Features.Questions.Desk.ExerciseCounters> ExerciseCounters => Set<Features.Questions.Desk.ExerciseCounters>();
    public DbSet<Features.BackOffice.FormSubmission> FormSubmissions => Set<Features.BackOffice.FormSubmission>();
    public DbSet<Infrastructure.RateCounter> RateCounters => Set<Infrastructure.RateCounter>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database stays readable and reorderings are harmless.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        // Every instant is stored in UTC; SQLite forgets the kind, so it is put back on reading.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(RindeDbContext).Assembly);
        SoftDelete.Configure(builder);
    }
}

internal sealed class UtcConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v, DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
