using Microsoft.AspNetCore.Mvc;

namespace Rinde.Infrastructure;

/// <summary>Model binding's messages in Spanish: people read them next to the fields.</summary>
public static class SpanishBinding
{
    public static void Configure(MvcOptions options)
    {
        var m = options.ModelBindingMessageProvider;
        m.SetValueIsInvalidAccessor(v => $"El valor «{v}» no es válido.");
        m.SetValueMustBeANumberAccessor(f => $"El campo {f} debe ser un número.");
        m.SetMissingBindRequiredValueAccessor(f => $"Falta el valor de {f}.");
        m.SetAttemptedValueIsInvalidAccessor((v, f) => $"El valor «{v}» no es válido para {f}.");
        m.SetMissingKeyOrValueAccessor(() => "Falta un valor.");
        m.SetUnknownValueIsInvalidAccessor(f => $"El valor de {f} no es válido.");
        m.SetValueMustNotBeNullAccessor(v => $"El campo {v} es obligatorio.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(v => $"El valor «{v}» no es válido.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "El valor no es válido.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Debe ser un número.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "Falta el contenido de la solicitud.");
        // A checkbox left unchecked is simply false, not a missing required value.
        options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
    }
}
