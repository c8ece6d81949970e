using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rinde.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuestionDesk : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ExerciseCounters",
                columns: table => new
                {
                    ExerciseId = table.Column<int>(type: "INTEGER", nullable: false),
                    LastQuestionNumber = table.Column<int>(type: "INTEGER", nullable: false),
                    LastEventSequence = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExerciseCounters", x => x.ExerciseId);
                    table.ForeignKey(
                        name: "FK_ExerciseCounters_Exercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "Exercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "QuestionEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExerciseId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sequence = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QuestionId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_QuestionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_QuestionEvents_CitizenQuestions_QuestionId",
                        column: x => x.QuestionId,
                        principalTable: "CitizenQuestions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_QuestionEvents_Exercises_ExerciseId",
                        column: x => x.ExerciseId,
                        principalTable: "Exercises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_QuestionEvents_ExerciseId_Sequence",
                table: "QuestionEvents",
                columns: new[] { "ExerciseId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_QuestionEvents_QuestionId",
                table: "QuestionEvents",
                column: "QuestionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ExerciseCounters");

            migrationBuilder.DropTable(
                name: "QuestionEvents");
        }
    }
}
