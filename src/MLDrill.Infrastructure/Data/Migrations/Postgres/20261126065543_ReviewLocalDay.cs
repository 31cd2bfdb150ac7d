using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Postgres;

/// <inheritdoc />
public partial class ReviewLocalDay : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_ReviewLogs_UserId_ReviewedAt",
            table: "ReviewLogs");

        migrationBuilder.AddColumn<DateOnly>(
            name: "LocalDay",
            table: "ReviewLogs",
            type: "date",
            nullable: false,
            defaultValue: new DateOnly(1, 1, 1));

        // Reviews logged before this column existed are dated in UTC: the user's zone at the time is not known.
        migrationBuilder.Sql("UPDATE \"ReviewLogs\" SET \"LocalDay\" = (\"ReviewedAt\" AT TIME ZONE 'UTC')::date;");

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_UserId_LocalDay_QuestionId_Rating_PhaseBefore_Du~",
            table: "ReviewLogs",
            columns: new[] { "UserId", "LocalDay", "QuestionId", "Rating", "PhaseBefore", "DurationSeconds", "Coverage" });

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_UserId_ReviewedAt_QuestionId_Rating_Coverage",
            table: "ReviewLogs",
            columns: new[] { "UserId", "ReviewedAt", "QuestionId", "Rating", "Coverage" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex(
            name: "IX_ReviewLogs_UserId_LocalDay_QuestionId_Rating_PhaseBefore_Du~",
            table: "ReviewLogs");

        migrationBuilder.DropIndex(
            name: "IX_ReviewLogs_UserId_ReviewedAt_QuestionId_Rating_Coverage",
            table: "ReviewLogs");

        migrationBuilder.DropColumn(
            name: "LocalDay",
            table: "ReviewLogs");

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_UserId_ReviewedAt",
            table: "ReviewLogs",
            columns: new[] { "UserId", "ReviewedAt" });
    }
}
