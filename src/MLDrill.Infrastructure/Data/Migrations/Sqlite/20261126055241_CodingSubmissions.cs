using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Sqlite;

/// <inheritdoc />
public partial class CodingSubmissions : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Submissions",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                ProblemId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                Mode = table.Column<int>(type: "INTEGER", nullable: false),
                Source = table.Column<string>(type: "TEXT", maxLength: 65536, nullable: false),
                State = table.Column<int>(type: "INTEGER", nullable: false),
                ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                Verdict = table.Column<int>(type: "INTEGER", nullable: true),
                Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                ReportJson = table.Column<string>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                FinishedAt = table.Column<long>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Submissions", x => x.Id);
                table.ForeignKey(
                    name: "FK_Submissions_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Submissions_State_Id",
            table: "Submissions",
            columns: new[] { "State", "Id" });

        migrationBuilder.CreateIndex(
            name: "IX_Submissions_UserId_ProblemId_Id",
            table: "Submissions",
            columns: new[] { "UserId", "ProblemId", "Id" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "Submissions");
    }
}
