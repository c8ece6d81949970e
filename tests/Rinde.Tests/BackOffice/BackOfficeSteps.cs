using Rinde.Tests.Infrastructure;

namespace Rinde.Tests.BackOffice;

/// <summary>The steps several back-office tests start with, done through the forms.</summary>
public static class BackOfficeSteps
{
    public static async Task<int> CreateDependencyAsync(StaffBrowser browser, string name, string? parentId = null)
    {
        var code = Random.Shared.Next(1000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var response = await browser.SubmitAsync("/staff/dependencias",
            [("Input.Code", code), ("Input.Name", name), ("Input.ParentId", parentId ?? "")], "Save");
        return StaffBrowser.IdFrom(response);
    }

    public static async Task<int> CreateExerciseAsync(StaffBrowser browser, string title)
    {
        var dependency = await CreateDependencyAsync(browser, "Secretaría de Gobierno " + title);
        var response = await browser.SubmitAsync("/staff/ejercicios/nuevo",
        [
            ("Input.Title", title), ("Input.DependencyId", dependency.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Input.Vigencia", "2021"), ("Input.Ordinal", "2"), ("Input.Date", "2021-11-17"), ("Input.Modality", "Virtual"),
            ("Input.Objective", "Informar a la ciudadanía"),
        ]);
        return StaffBrowser.IdFrom(response);
    }

    /// <summary>Adds an item to a list page and returns its id.</summary>
    public static async Task<int> AddAsync(StaffBrowser browser, string url, params (string Name, string Value)[] values) =>
        StaffBrowser.IdFrom(await browser.SubmitAsync(url, values, "Save"));
}
