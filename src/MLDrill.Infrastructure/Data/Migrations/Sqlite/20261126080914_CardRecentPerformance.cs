using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Sqlite;

/// <inheritdoc />
public partial class CardRecentPerformance : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<long>(
            name: "RecentAt",
            table: "Cards",
            type: "INTEGER",
            nullable: true);

        migrationBuilder.AddColumn<double>(
            name: "RecentCoverageSum",
            table: "Cards",
            type: "REAL",
            nullable: false,
            defaultValue: 0.0);

        migrationBuilder.AddColumn<double>(
            name: "RecentCoverageWeight",
            table: "Cards",
            type: "REAL",
            nullable: false,
            defaultValue: 0.0);

        migrationBuilder.AddColumn<double>(
            name: "RecentGradeSum",
            table: "Cards",
            type: "REAL",
            nullable: false,
            defaultValue: 0.0);

        migrationBuilder.AddColumn<double>(
            name: "RecentWeight",
            table: "Cards",
            type: "REAL",
            nullable: false,
            defaultValue: 0.0);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "RecentAt",
            table: "Cards");

        migrationBuilder.DropColumn(
            name: "RecentCoverageSum",
            table: "Cards");

        migrationBuilder.DropColumn(
            name: "RecentCoverageWeight",
            table: "Cards");

        migrationBuilder.DropColumn(
            name: "RecentGradeSum",
            table: "Cards");

        migrationBuilder.DropColumn(
            name: "RecentWeight",
            table: "Cards");
    }
}
