using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Postgres;

/// <inheritdoc />
public partial class DailyActivity : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DailyActivities",
            columns: table => new
            {
                UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                Day = table.Column<DateOnly>(type: "date", nullable: false),
                Questions = table.Column<int>(type: "integer", nullable: false),
                Reviews = table.Column<int>(type: "integer", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DailyActivities", x => new { x.UserId, x.Day });
                table.ForeignKey(
                    name: "FK_DailyActivities_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        // Days practised before this table existed, from the review log.
        migrationBuilder.Sql("INSERT INTO \"DailyActivities\" (\"UserId\", \"Day\", \"Questions\", \"Reviews\") SELECT \"UserId\", \"LocalDay\", COUNT(DISTINCT \"QuestionId\"), COUNT(*) FROM \"ReviewLogs\" GROUP BY \"UserId\", \"LocalDay\";");
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "DailyActivities");
    }
}
