using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Rinde.Features.BackOffice;

/// <summary>&lt;field for="Input.Title" /&gt;: label, hint, control and error of one property.</summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper : TagHelper
{
    [HtmlAttributeName("for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        output.Content.SetHtmlContent(FieldRenderer.Render(ViewContext, For.ModelExplorer, name));
    }
}

/// <summary>&lt;fields model="Model.Form" prefix="Input" /&gt;: every public property of a form, in order.</summary>
[HtmlTargetElement("fields", Attributes = "model", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldsTagHelper(IModelMetadataProvider metadata) : TagHelper
{
    [HtmlAttributeName("model")]
    public object Model { get; set; } = null!;

    [HtmlAttributeName("prefix")]
    public string Prefix { get; set; } = "Input";

    [ViewContext, HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "fields");
        var explorer = metadata.GetModelExplorerForType(Model.GetType(), Model);
        foreach (var property in explorer.Properties.Where(p => p.Metadata.ShowForEdit))
        {
            output.Content.AppendHtml(FieldRenderer.Render(ViewContext, property, $"{Prefix}.{property.Metadata.PropertyName}"));
        }
    }
}
