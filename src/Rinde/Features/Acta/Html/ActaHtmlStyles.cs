namespace Rinde.Features.Acta.Html;

/// <summary>
/// The page's own CSS (no external files: the page must print alone). The header table sits
/// in a thead so the browser repeats it on every printed page; the footer numbers pages.
/// </summary>
internal static class ActaHtmlStyles
{
    public const string Css = """
        :root { color-scheme: light; }
        body { font-family: Arial, "Liberation Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45;
               color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 21.6cm; padding: 1rem; }
        h1 { font-size: 14pt; text-align: center; margin: .5rem 0; }
        h2 { font-size: 12pt; margin: 1.2rem 0 .5rem; }
        h3 { font-size: 11pt; margin: 1rem 0 .4rem; }
        h4, h5 { font-size: 10.5pt; margin: .8rem 0 .3rem; }
        h5 { font-style: italic; }
        h1, h2, h3, h4, h5 { break-after: avoid; page-break-after: avoid; }
        p { margin: .3rem 0 .5rem; }
        table { border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; font-size: 9.5pt; }
        th, td { border: 1px solid #808080; padding: 3px 6px; vertical-align: top; text-align: left; }
        thead th, th[scope="col"] { background: #d9e2f3; }
        tbody th[scope="row"], tfoot th { background: #f2f2f2; font-weight: normal; }
        tfoot th, tfoot td { font-weight: bold; }
        caption { font-weight: bold; text-align: left; padding: .2rem 0; }
        .num { text-align: right; white-space: nowrap; }
        table.encabezado td, table.encabezado th { text-align: center; vertical-align: middle; font-size: 9pt; }
        table.encabezado .entidad, table.encabezado .formato, table.encabezado th { font-weight: bold; }
        table.dofa tbody th { font-weight: bold; }
        table.reunion { width: auto; min-width: 60%; }
        table.preguntas th[scope="row"] { text-align: center; }
        table.dofa th ul, table.dofa td ul { margin: .2rem 0; padding-left: 1.1rem; font-weight: normal; }
        table.dofa .esquina { font-weight: bold; text-align: center; vertical-align: middle; background: #d9e2f3; }
        figure { margin: .6rem 0; text-align: center; break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption span { display: block; }
        .fuente { font-style: italic; font-size: 8.5pt; color: #404040; }
        .nota { font-style: italic; font-size: 9pt; }
        .grafico { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; break-inside: avoid; }
        .grafico figure { flex: 1 1 55%; min-width: 12rem; }
        .grafico table { flex: 1 1 35%; width: auto; }
        tr, .firma, .pregunta-encuesta > p { break-inside: avoid; }
        .firmas { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem 2rem; }
        .firma { padding-top: 3rem; }
        .firma .linea { border-top: 1px solid #000; padding-top: .2rem; }
        a { color: #0b5394; overflow-wrap: anywhere; }
        table.pagina, table.pagina > thead > tr > td, table.pagina > tbody > tr > td { border: 0; padding: 0; margin: 0; }
        table.pagina > thead { display: table-header-group; }
        @page {
          size: letter;
          margin: 1.2cm 1.8cm 1.6cm;
          @bottom-center { content: "Página " counter(page) " de " counter(pages); font: 8pt Arial, sans-serif; color: #404040; }
        }
        @media print {
          body { max-width: none; padding: 0; }
          .grafico { display: block; }
          .grafico figure img { max-width: 70%; }
        }
        """;
}
