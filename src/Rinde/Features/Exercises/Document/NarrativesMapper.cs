namespace Rinde.Features.Exercises.Document;

public static class NarrativesMapper
{
    public static NarrativesDocument ToDocument(ExerciseNarratives n) => new()
    {
        TopicsIntro = n.TopicsIntro, ConvocationIntro = n.ConvocationIntro, ReportIntro = n.ReportIntro,
        QuestionsIntro = n.QuestionsIntro, QuestionsAnalysis = n.QuestionsAnalysis, SurveyIntro = n.SurveyIntro,
        SurveyConclusion = n.SurveyConclusion, SelfAssessment = n.SelfAssessment, DofaConclusion = n.DofaConclusion,
        Responsibility = n.Responsibility, GeneralObservations = n.GeneralObservations, AnnexNote = n.AnnexNote, Lessons = n.Lessons,
    };

    public static ExerciseNarratives ToEntity(NarrativesDocument n) => new()
    {
        TopicsIntro = n.TopicsIntro, ConvocationIntro = n.ConvocationIntro, ReportIntro = n.ReportIntro,
        QuestionsIntro = n.QuestionsIntro, QuestionsAnalysis = n.QuestionsAnalysis, SurveyIntro = n.SurveyIntro,
        SurveyConclusion = n.SurveyConclusion, SelfAssessment = n.SelfAssessment, DofaConclusion = n.DofaConclusion,
        Responsibility = n.Responsibility, GeneralObservations = n.GeneralObservations, AnnexNote = n.AnnexNote, Lessons = n.Lessons,
    };
}
