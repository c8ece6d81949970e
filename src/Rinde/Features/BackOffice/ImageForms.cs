namespace Rinde.Features.BackOffice;

/// <summary>The hints of the image fields, the same on every page that takes images.</summary>
public static class ImageForms
{
    public const string FileHint =
        "PNG, JPEG, GIF o WebP de hasta 20 MB. Al editar, déjelo vacío para conservar la imagen actual.";

    public const string CaptionHint =
        "Qué muestra la imagen; es el texto alternativo para quien no la ve.";
}
