using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Rinde.Features.Dependencies;
using Rinde.Features.Exercises;
using Rinde.Features.Questions;
using Rinde.Features.Survey;
using Rinde.Features.Survey.Questionnaire;
using Rinde.Features.Survey.Responses;
using Rinde.Features.Survey.Territories;

namespace Rinde.Data;

internal sealed class DependencyConfiguration : IEntityTypeConfiguration<Dependency>
{
    public void Configure(EntityTypeBuilder<Dependency> builder)
    {
        builder.HasIndex(d => d.Code).IsUnique();
        builder.HasOne(d => d.Parent).WithMany(d => d.Children).HasForeignKey(d => d.ParentId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    public void Configure(EntityTypeBuilder<Exercise> builder)
    {
        builder.ComplexProperty(e => e.Narratives);
        builder.HasOne(e => e.Dependency).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.ActaNumber).IsUnique();
        builder.HasIndex(e => new { e.DependencyId, e.Vigencia });
        builder.HasMany(e => e.Topics).WithOne().HasForeignKey(t => t.ExerciseId);
    }
}

internal sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder) =>
        builder.HasOne(t => t.Dependency).WithMany().OnDelete(DeleteBehavior.Restrict);
}

internal sealed class CitizenQuestionConfiguration : IEntityTypeConfiguration<CitizenQuestion>
{
    public void Configure(EntityTypeBuilder<CitizenQuestion> builder)
    {
        builder.HasIndex(q => new { q.ExerciseId, q.Number }).IsUnique();
        builder.HasIndex(q => q.FollowCode).IsUnique();
        builder.Property(q => q.FollowCode).HasMaxLength(PublicQuestions.FollowCodeLength);
        builder.HasOne(q => q.Theme).WithMany().OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(q => q.AssignedDependency).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<CitizenQuestion>().WithMany().HasForeignKey(q => q.MergedIntoId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(q => q.Version).IsConcurrencyToken();
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        // Serves the results' aggregation (question, option -> respondents) and the question FK.
        builder.HasIndex(a => new { a.SurveyQuestionId, a.SurveyOptionId });
        builder.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.SurveyQuestionId)
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<SurveyOption>().WithMany().HasForeignKey(a => a.SurveyOptionId)
            .OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.HasIndex(r => new { r.ExerciseId, r.ImportKey }).IsUnique();
        builder.HasIndex(r => new { r.ExerciseId, r.RespondentTokenHash }).IsUnique();
        builder.HasIndex(r => new { r.ExerciseId, r.ClientHash });
        builder.Property(r => r.ImportKey).HasMaxLength(64);
        builder.Property(r => r.RespondentTokenHash).HasMaxLength(64);
        builder.Property(r => r.ClientHash).HasMaxLength(64);
        builder.Property(r => r.Origin).HasMaxLength(40);
    }
}

internal sealed class SurveyResponseBlockConfiguration : IEntityTypeConfiguration<Rinde.Features.Survey.Responses.SurveyResponseBlock>
{
    public void Configure(EntityTypeBuilder<Rinde.Features.Survey.Responses.SurveyResponseBlock> builder)
    {
        builder.HasOne<Rinde.Features.Exercises.Exercise>().WithMany().HasForeignKey(b => b.ExerciseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ExerciseId, b.ImportId });
        builder.Property(b => b.Origin).HasMaxLength(40);
    }
}

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.HasIndex(t => new { t.Municipality, t.Name }).IsUnique();
        builder.Property(t => t.Municipality).HasMaxLength(120);
        builder.Property(t => t.Name).HasMaxLength(120);
    }
}

internal sealed class QuestionEventConfiguration : IEntityTypeConfiguration<Features.Questions.Desk.QuestionEvent>
{
    public void Configure(EntityTypeBuilder<Features.Questions.Desk.QuestionEvent> builder)
    {
        builder.HasIndex(e => new { e.ExerciseId, e.Sequence }).IsUnique();
        builder.HasOne<Exercise>().WithMany().HasForeignKey(e => e.ExerciseId);
        builder.HasOne(e => e.Question).WithMany().HasForeignKey(e => e.QuestionId);
        builder.Property(e => e.Kind).HasMaxLength(40);
    }
}

internal sealed class ExerciseCountersConfiguration : IEntityTypeConfiguration<Features.Questions.Desk.ExerciseCounters>
{
    public void Configure(EntityTypeBuilder<Features.Questions.Desk.ExerciseCounters> builder)
    {
        builder.HasKey(c => c.ExerciseId);
        builder.HasOne<Exercise>().WithOne().HasForeignKey<Features.Questions.Desk.ExerciseCounters>(c => c.ExerciseId);
    }
}

internal sealed class UserDependencyConfiguration : IEntityTypeConfiguration<Features.Accounts.UserDependency>
{
    public void Configure(EntityTypeBuilder<Features.Accounts.UserDependency> builder)
    {
        builder.HasKey(u => new { u.UserId, u.DependencyId });
        builder.HasOne<Features.Accounts.RindeUser>().WithMany().HasForeignKey(u => u.UserId);
        builder.HasOne<Dependency>().WithMany().HasForeignKey(u => u.DependencyId);
    }
}

internal sealed class ActaVersionConfiguration : IEntityTypeConfiguration<Features.Acta.Workflow.ActaVersion>
{
    public void Configure(EntityTypeBuilder<Features.Acta.Workflow.ActaVersion> builder)
    {
        builder.HasIndex(v => new { v.ExerciseId, v.Version }).IsUnique();
        builder.HasOne<Exercise>().WithMany().HasForeignKey(v => v.ExerciseId);
        builder.HasOne(v => v.DocxFile).WithMany().HasForeignKey(v => v.DocxFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.InternalDocxFile).WithMany().HasForeignKey(v => v.InternalDocxFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.PdfFile).WithMany().HasForeignKey(v => v.PdfFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.HtmlFile).WithMany().HasForeignKey(v => v.HtmlFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.InternalHtmlFile).WithMany().HasForeignKey(v => v.InternalHtmlFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.SignedPdfFile).WithMany().HasForeignKey(v => v.SignedPdfFileId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(v => v.PublishedPdf);
    }
}

internal sealed class ActaTransitionConfiguration : IEntityTypeConfiguration<Features.Acta.Workflow.ActaTransition>
{
    public void Configure(EntityTypeBuilder<Features.Acta.Workflow.ActaTransition> builder) =>
        builder.HasOne<Exercise>().WithMany().HasForeignKey(t => t.ExerciseId);
}

internal sealed class ActaNumberCounterConfiguration : IEntityTypeConfiguration<Features.Acta.Workflow.ActaNumberCounter>
{
    public void Configure(EntityTypeBuilder<Features.Acta.Workflow.ActaNumberCounter> builder)
    {
        builder.HasKey(c => new { c.DependencyId, c.Year });
        builder.HasOne<Dependency>().WithMany().HasForeignKey(c => c.DependencyId);
    }
}

internal sealed class CommitmentProgressConfiguration : IEntityTypeConfiguration<Features.Commitments.CommitmentProgress>
{
    public void Configure(EntityTypeBuilder<Features.Commitments.CommitmentProgress> builder)
    {
        builder.HasOne<Features.Commitments.Commitment>().WithMany().HasForeignKey(p => p.CommitmentId);
        builder.HasOne(p => p.EvidenceFile).WithMany().HasForeignKey(p => p.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ScheduleProgressConfiguration : IEntityTypeConfiguration<ScheduleProgress>
{
    public void Configure(EntityTypeBuilder<ScheduleProgress> builder)
    {
        builder.HasOne<ScheduleActivity>().WithMany().HasForeignKey(p => p.ScheduleActivityId);
        builder.HasOne(p => p.EvidenceFile).WithMany().HasForeignKey(p => p.EvidenceFileId).OnDelete(DeleteBehavior.Restrict);
    }
}
