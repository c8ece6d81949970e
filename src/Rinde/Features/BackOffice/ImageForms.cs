using System.ComponentModel.DataAnnotations;
using Rinde.Features.Files;

namespace Rinde.Features.BackOffice;

/// <summary>An image and what it shows: the form of every list of images (evidence, report images).</summary>
public class ImageForm
{
    [Display(Name = "Imagen", Description = "Obligatoria al agregar: PNG, JPEG, GIF o WebP de hasta 20 MB. Al editar, déjela vacía para conservar la imagen actual.")]
    [Accept(Uploads.ImageAccept)]
    public IFormFile? File { get; set; }

    [Display(Name = "Descripción de la imagen", Description = "Qué muestra la imagen; es el texto alternativo para quien no la ve.")]
    [Required(ErrorMessage = "Describa la imagen.")]
    public string Caption { get; set; } = "";
}
