using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Postgres;

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
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                ProblemId = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Mode = table.Column<int>(type: "integer", nullable: false),
                Source = table.Column<string>(type: "character varying(65536)", maxLength: 65536, nullable: false),
                State = table.Column<int>(type: "integer", nullable: false),
                ClaimedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                Verdict = table.Column<int>(type: "integer", nullable: true),
                Summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                ReportJson = table.Column<string>(type: "text", nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
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
