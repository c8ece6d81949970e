using Microsoft.AspNetCore.Mvc;

namespace Rinde.Infrastructure;

/// <summary>
/// Model binding speaks Spanish, and only explicit [Required] attributes (with their Spanish
/// messages) make a field mandatory: the implicit, English one for non-nullable strings is off.
/// </summary>
public static class SpanishBinding
{
    public static void Configure(MvcOptions o)
    {
        o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
        var m = o.ModelBindingMessageProvider;
        m.SetAttemptedValueIsInvalidAccessor((value, field) => $"«{value}» no es un valor válido para «{field}».");
        m.SetMissingBindRequiredValueAccessor(field => $"Falta un valor para «{field}».");
        m.SetMissingKeyOrValueAccessor(() => "Falta un valor.");
        m.SetMissingRequestBodyRequiredValueAccessor(() => "La solicitud llegó vacía.");
        m.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"«{value}» no es un valor válido.");
        m.SetNonPropertyUnknownValueIsInvalidAccessor(() => "El valor no es válido.");
        m.SetNonPropertyValueMustBeANumberAccessor(() => "Escriba un número.");
        m.SetUnknownValueIsInvalidAccessor(field => $"El valor de «{field}» no es válido.");
        m.SetValueIsInvalidAccessor(value => $"«{value}» no es un valor válido.");
        m.SetValueMustBeANumberAccessor(field => $"«{field}» debe ser un número.");
        m.SetValueMustNotBeNullAccessor(_ => "Este campo es obligatorio.");
    }
}
