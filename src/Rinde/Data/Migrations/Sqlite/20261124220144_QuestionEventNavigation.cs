using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Rinde.Data.Migrations.Sqlite
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
