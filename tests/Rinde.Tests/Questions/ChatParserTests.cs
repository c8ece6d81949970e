using Rinde.Features.Questions.Desk;

namespace Rinde.Tests.Questions;

public class ChatParserTests
{
    [Fact]
    public void Named_lines_and_name_headed_blocks_become_one_question_each_with_the_commenter()
    {
        var chat = """
            Nata Hrdz:
            Dra Alfagma, me gustaría saber ¿Que hace la oficina de transparencia con las denuncias?

            Diego Velasco Alvarez: Sería bueno que esta trazabilidad se pueda consultar.
            Lucy Sandoval: ¿Cómo va a funcionar la escuela virtual de datos abiertos?

            Reynel Guzman
            ¿Desde la secretaría como se están priorizando los proyectos para la ciudad?

            ¿Y los recursos de cooperación cómo se usan?
            """;
        var comments = ChatParser.Parse(chat);
        Assert.Equal(
        [
            new("Nata Hrdz", "Dra Alfagma, me gustaría saber ¿Que hace la oficina de transparencia con las denuncias?"),
            new("Diego Velasco Alvarez", "Sería bueno que esta trazabilidad se pueda consultar."),
            new("Lucy Sandoval", "¿Cómo va a funcionar la escuela virtual de datos abiertos?"),
            new("Reynel Guzman", "¿Desde la secretaría como se están priorizando los proyectos para la ciudad?"),
            new ChatParser.Comment(null, "¿Y los recursos de cooperación cómo se usan?"),
        ], comments);
    }
}

/// <summary>The chat as Facebook Live and YouTube Live show it in the browser, copied with the mouse.</summary>
public class PastedChatLayoutTests
{
    private const string Facebook = """
        Fan destacado
        María López
        Buenas tardes desde la comuna 18
        Me gusta · Responder · 3 min

        Carlos Ruiz
        ¿Qué pasó con el parque de Siloé?
        Me gusta
        Responder
        2 min
        Secretaría de Gobierno
        Autor
        Gracias por acompañarnos, ya respondemos en vivo.
        Me gusta · Responder · 1 min · Editado
        Luisa Fernanda Gil
        ¿Cuándo abren las inscripciones del presupuesto participativo?
        Ver 2 respuestas
        Me gusta · Responder · Justo ahora
        """;

    private const string YouTube = """
        Chat en vivo
        10:15 a. m.
        Ana Pérez
        ¿Cuándo empiezan las obras del MIO en la comuna 6?
        10:16 a. m.
        Pedro Gómez
        Hola a todos 👋
        10:16 a. m.
        Alcaldía de Cali
        Bienvenidos al diálogo ciudadano
        10:17 a. m. Jorge Ramírez
        ¿Qué va a pasar con los vendedores informales del centro?
        10:18 a. m.
        Jorge Ramírez
        ¿Qué va a pasar con los vendedores informales del centro?
        """;

    [Fact]
    public void Facebook_live_comments_lose_the_platform_words_and_keep_their_commenters()
    {
        var comments = ChatParser.Parse(Facebook);
        Assert.Equal(
        [
            new("María López", "Buenas tardes desde la comuna 18"),
            new("Carlos Ruiz", "¿Qué pasó con el parque de Siloé?"),
            new("Secretaría de Gobierno", "Gracias por acompañarnos, ya respondemos en vivo.", ByPage: true),
            new("Luisa Fernanda Gil", "¿Cuándo abren las inscripciones del presupuesto participativo?"),
        ], comments);
    }

    [Fact]
    public void YouTube_live_chat_loses_the_timestamps_and_keeps_the_authors()
    {
        var comments = ChatParser.Parse(YouTube);
        Assert.Equal(
        [
            new("Ana Pérez", "¿Cuándo empiezan las obras del MIO en la comuna 6?"),
            new("Pedro Gómez", "Hola a todos 👋"),
            new("Alcaldía de Cali", "Bienvenidos al diálogo ciudadano"),
            new("Jorge Ramírez", "¿Qué va a pasar con los vendedores informales del centro?"),
            new("Jorge Ramírez", "¿Qué va a pasar con los vendedores informales del centro?"),
        ], comments);
    }

    [Fact]
    public void The_preview_leaves_greetings_the_pages_own_comments_and_repeats_unticked()
    {
        var facebook = ChatPreview.Of(ChatParser.Parse(Facebook), ["Secretaría de Gobierno"]);
        Assert.Equal([false, true, false, true], facebook.Select(c => c.Selected));
        Assert.Equal(["Saludo o agradecimiento", null, "Comentario de la página", null], facebook.Select(c => c.Reason));

        // YouTube has no «Autor» badge: the page's name given on the form is enough, accents or not.
        var youtube = ChatPreview.Of(ChatParser.Parse(YouTube), ["ALCALDIA DE CALI"]);
        Assert.Equal([true, false, false, true, false], youtube.Select(c => c.Selected));
        Assert.Equal([null, "Saludo o agradecimiento", "Comentario de la página", null, "Repetido"], youtube.Select(c => c.Reason));
    }

    [Theory]
    [InlineData("Buenas tardes", true)]
    [InlineData("Saludos desde Siloé, bendiciones", true)]
    [InlineData("Presente 🙌", true)]
    [InlineData("Muchas gracias por la información", true)]
    [InlineData("Felicitaciones por la gestión del año", true)]
    [InlineData("Hola, ¿cuándo arreglan la vía?", false)]
    [InlineData("Buenas tardes, solicito información del subsidio de vivienda para mi familia", false)]
    [InlineData("La vía de la comuna 18 sigue llena de huecos", false)]
    public void Greetings_are_told_from_questions(string text, bool greeting) => Assert.Equal(greeting, ChatLines.IsGreeting(text));
}
