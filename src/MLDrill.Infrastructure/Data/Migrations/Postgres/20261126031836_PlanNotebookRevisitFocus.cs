using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Postgres;

/// <inheritdoc />
public partial class PlanNotebookRevisitFocus : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "RevisitedAt",
            table: "NotebookEntries",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<DateTimeOffset>(
            name: "UnderstoodAt",
            table: "NotebookEntries",
            type: "timestamp with time zone",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "DatesOff",
            table: "AspNetUsers",
            type: "text",
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<DateOnly>(
            name: "FocusDate",
            table: "AspNetUsers",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<string>(
            name: "FocusTopics",
            table: "AspNetUsers",
            type: "text",
            nullable: false,
            defaultValue: "");

        migrationBuilder.AddColumn<DateOnly>(
            name: "InterviewDate",
            table: "AspNetUsers",
            type: "date",
            nullable: true);

        migrationBuilder.AddColumn<int>(
            name: "NotebookRevisitDay",
            table: "AspNetUsers",
            type: "integer",
            nullable: false,
            defaultValue: 0);

        migrationBuilder.AddColumn<bool>(
            name: "PlanConfigured",
            table: "AspNetUsers",
            type: "boolean",
            nullable: false,
            defaultValue: false);

        migrationBuilder.AddColumn<DateOnly>(
            name: "PlanStart",
            table: "AspNetUsers",
            type: "date",
            nullable: false,
            defaultValue: new DateOnly(1, 1, 1));

        migrationBuilder.AddColumn<int>(
            name: "WeekdaysOff",
            table: "AspNetUsers",
            type: "integer",
            nullable: false,
            defaultValue: 0);
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(
            name: "RevisitedAt",
            table: "NotebookEntries");

        migrationBuilder.DropColumn(
            name: "UnderstoodAt",
            table: "NotebookEntries");

        migrationBuilder.DropColumn(
            name: "DatesOff",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "FocusDate",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "FocusTopics",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "InterviewDate",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "NotebookRevisitDay",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "PlanConfigured",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "PlanStart",
            table: "AspNetUsers");

        migrationBuilder.DropColumn(
            name: "WeekdaysOff",
            table: "AspNetUsers");
    }
}
