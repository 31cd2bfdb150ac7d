using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MLDrill.Infrastructure.Data.Migrations.Sqlite;

/// <inheritdoc />
public partial class Initial : Migration
{
    /// <inheritdoc />
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "AspNetRoles",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoles", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUsers",
            columns: table => new
            {
                Id = table.Column<string>(type: "TEXT", nullable: false),
                DailyTarget = table.Column<int>(type: "INTEGER", nullable: false),
                TimeZoneId = table.Column<string>(type: "TEXT", nullable: false),
                ExtraQuestions = table.Column<int>(type: "INTEGER", nullable: false),
                ExtraQuestionsDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                LockoutEnd = table.Column<long>(type: "INTEGER", nullable: true),
                LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUsers", x => x.Id);
            });

        migrationBuilder.CreateTable(
            name: "AspNetRoleClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                RoleId = table.Column<string>(type: "TEXT", nullable: false),
                ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserClaims",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                table.ForeignKey(
                    name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserLogins",
            columns: table => new
            {
                LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                UserId = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                table.ForeignKey(
                    name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserRoles",
            columns: table => new
            {
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                RoleId = table.Column<string>(type: "TEXT", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                    column: x => x.RoleId,
                    principalTable: "AspNetRoles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "AspNetUserTokens",
            columns: table => new
            {
                UserId = table.Column<string>(type: "TEXT", nullable: false),
                LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                Name = table.Column<string>(type: "TEXT", nullable: false),
                Value = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                table.ForeignKey(
                    name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Attempts",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                QuestionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                ShownAt = table.Column<long>(type: "INTEGER", nullable: false),
                RevealedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Answer = table.Column<string>(type: "TEXT", nullable: false),
                AnsweredOutLoud = table.Column<bool>(type: "INTEGER", nullable: false),
                Coverage = table.Column<double>(type: "REAL", nullable: true),
                ReviewLogId = table.Column<long>(type: "INTEGER", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Attempts", x => x.Id);
                table.ForeignKey(
                    name: "FK_Attempts_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "Cards",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                QuestionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                Phase = table.Column<int>(type: "INTEGER", nullable: false),
                Step = table.Column<int>(type: "INTEGER", nullable: false),
                Stability = table.Column<double>(type: "REAL", nullable: true),
                Difficulty = table.Column<double>(type: "REAL", nullable: true),
                Due = table.Column<long>(type: "INTEGER", nullable: false),
                LastReview = table.Column<long>(type: "INTEGER", nullable: true),
                Reps = table.Column<int>(type: "INTEGER", nullable: false),
                Lapses = table.Column<int>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cards", x => x.Id);
                table.ForeignKey(
                    name: "FK_Cards_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "NotebookEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                QuestionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                Note = table.Column<string>(type: "TEXT", nullable: false),
                Source = table.Column<int>(type: "INTEGER", nullable: false),
                AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_NotebookEntries", x => x.Id);
                table.ForeignKey(
                    name: "FK_NotebookEntries_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "ReviewLogs",
            columns: table => new
            {
                Id = table.Column<long>(type: "INTEGER", nullable: false)
                    .Annotation("Sqlite:Autoincrement", true),
                UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                QuestionId = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                AttemptId = table.Column<long>(type: "INTEGER", nullable: false),
                ReviewedAt = table.Column<long>(type: "INTEGER", nullable: false),
                Rating = table.Column<int>(type: "INTEGER", nullable: false),
                ElapsedDays = table.Column<double>(type: "REAL", nullable: false),
                ScheduledDays = table.Column<double>(type: "REAL", nullable: false),
                RetrievabilityBefore = table.Column<double>(type: "REAL", nullable: true),
                CardWasNew = table.Column<bool>(type: "INTEGER", nullable: false),
                PhaseBefore = table.Column<int>(type: "INTEGER", nullable: false),
                StepBefore = table.Column<int>(type: "INTEGER", nullable: false),
                StabilityBefore = table.Column<double>(type: "REAL", nullable: true),
                DifficultyBefore = table.Column<double>(type: "REAL", nullable: true),
                DueBefore = table.Column<long>(type: "INTEGER", nullable: false),
                LastReviewBefore = table.Column<long>(type: "INTEGER", nullable: true),
                RepsBefore = table.Column<int>(type: "INTEGER", nullable: false),
                LapsesBefore = table.Column<int>(type: "INTEGER", nullable: false),
                PhaseAfter = table.Column<int>(type: "INTEGER", nullable: false),
                StabilityAfter = table.Column<double>(type: "REAL", nullable: true),
                DifficultyAfter = table.Column<double>(type: "REAL", nullable: true),
                DueAfter = table.Column<long>(type: "INTEGER", nullable: false),
                Answer = table.Column<string>(type: "TEXT", nullable: false),
                AnsweredOutLoud = table.Column<bool>(type: "INTEGER", nullable: false),
                Coverage = table.Column<double>(type: "REAL", nullable: true),
                DurationSeconds = table.Column<double>(type: "REAL", nullable: false),
                ReflectionExplain = table.Column<string>(type: "TEXT", nullable: true),
                ReflectionAssumptions = table.Column<string>(type: "TEXT", nullable: true),
                ReflectionBetterApproach = table.Column<string>(type: "TEXT", nullable: true)
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ReviewLogs", x => x.Id);
                table.ForeignKey(
                    name: "FK_ReviewLogs_AspNetUsers_UserId",
                    column: x => x.UserId,
                    principalTable: "AspNetUsers",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_AspNetRoleClaims_RoleId",
            table: "AspNetRoleClaims",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "RoleNameIndex",
            table: "AspNetRoles",
            column: "NormalizedName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserClaims_UserId",
            table: "AspNetUserClaims",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserLogins_UserId",
            table: "AspNetUserLogins",
            column: "UserId");

        migrationBuilder.CreateIndex(
            name: "IX_AspNetUserRoles_RoleId",
            table: "AspNetUserRoles",
            column: "RoleId");

        migrationBuilder.CreateIndex(
            name: "EmailIndex",
            table: "AspNetUsers",
            column: "NormalizedEmail");

        migrationBuilder.CreateIndex(
            name: "UserNameIndex",
            table: "AspNetUsers",
            column: "NormalizedUserName",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Attempts_UserId_RevealedAt",
            table: "Attempts",
            columns: new[] { "UserId", "RevealedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_Cards_UserId_Due",
            table: "Cards",
            columns: new[] { "UserId", "Due" });

        migrationBuilder.CreateIndex(
            name: "IX_Cards_UserId_QuestionId",
            table: "Cards",
            columns: new[] { "UserId", "QuestionId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_NotebookEntries_UserId_QuestionId",
            table: "NotebookEntries",
            columns: new[] { "UserId", "QuestionId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_AttemptId",
            table: "ReviewLogs",
            column: "AttemptId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_UserId_QuestionId_ReviewedAt",
            table: "ReviewLogs",
            columns: new[] { "UserId", "QuestionId", "ReviewedAt" });

        migrationBuilder.CreateIndex(
            name: "IX_ReviewLogs_UserId_ReviewedAt",
            table: "ReviewLogs",
            columns: new[] { "UserId", "ReviewedAt" });
    }

    /// <inheritdoc />
    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(
            name: "AspNetRoleClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserClaims");

        migrationBuilder.DropTable(
            name: "AspNetUserLogins");

        migrationBuilder.DropTable(
            name: "AspNetUserRoles");

        migrationBuilder.DropTable(
            name: "AspNetUserTokens");

        migrationBuilder.DropTable(
            name: "Attempts");

        migrationBuilder.DropTable(
            name: "Cards");

        migrationBuilder.DropTable(
            name: "NotebookEntries");

        migrationBuilder.DropTable(
            name: "ReviewLogs");

        migrationBuilder.DropTable(
            name: "AspNetRoles");

        migrationBuilder.DropTable(
            name: "AspNetUsers");
    }
}
