using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rinde.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QuestionEventNavigation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
