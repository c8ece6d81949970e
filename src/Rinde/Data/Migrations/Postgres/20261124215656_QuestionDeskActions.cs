using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rinde.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuestionDeskActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AssignedDependencyId",
                table: "CitizenQuestions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "CitizenQuestions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Hidden",
                table: "CitizenQuestions",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "HiddenBy",
                table: "CitizenQuestions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HiddenReason",
                table: "CitizenQuestions",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "MergedIntoId",
                table: "CitizenQuestions",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Version",
                table: "CitizenQuestions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_AssignedDependencyId",
                table: "CitizenQuestions",
                column: "AssignedDependencyId");

            migrationBuilder.CreateIndex(
                name: "IX_CitizenQuestions_MergedIntoId",
                table: "CitizenQuestions",
                column: "MergedIntoId");

            migrationBuilder.AddForeignKey(
                name: "FK_CitizenQuestions_CitizenQuestions_MergedIntoId",
                table: "CitizenQuestions",
                column: "MergedIntoId",
                principalTable: "CitizenQuestions",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_CitizenQuestions_Dependencies_AssignedDependencyId",
                table: "CitizenQuestions",
                column: "AssignedDependencyId",
                principalTable: "Dependencies",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_CitizenQuestions_CitizenQuestions_MergedIntoId",
                table: "CitizenQuestions");

            migrationBuilder.DropForeignKey(
                name: "FK_CitizenQuestions_Dependencies_AssignedDependencyId",
                table: "CitizenQuestions");

            migrationBuilder.DropIndex(
                name: "IX_CitizenQuestions_AssignedDependencyId",
                table: "CitizenQuestions");

            migrationBuilder.DropIndex(
                name: "IX_CitizenQuestions_MergedIntoId",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "AssignedDependencyId",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "Hidden",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "HiddenBy",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "HiddenReason",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "MergedIntoId",
                table: "CitizenQuestions");

            migrationBuilder.DropColumn(
                name: "Version",
                table: "CitizenQuestions");
        }
    }
}
