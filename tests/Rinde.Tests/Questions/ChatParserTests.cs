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
