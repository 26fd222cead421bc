using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentMatch.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Vacancies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsRecognisedSponsor",
                table: "Employers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OffersHousing",
                table: "Employers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "OffersRelocationSupport",
                table: "Employers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Sectors",
                table: "Employers",
                type: "TEXT",
                unicode: false,
                maxLength: 80,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "SponsorCheckedOn",
                table: "Employers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "EmployerInvitations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    TokenHash = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    InvitedBy = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvitedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AcceptedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    AcceptedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerInvitations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerLocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Latitude = table.Column<double>(type: "REAL", nullable: false),
                    Longitude = table.Column<double>(type: "REAL", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerLocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EmployerLocations_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EmployerRecruiters",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    JoinedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerRecruiters", x => new { x.EmployerId, x.UserId });
                    table.ForeignKey(
                        name: "FK_EmployerRecruiters_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Vacancies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Sector = table.Column<string>(type: "TEXT", unicode: false, maxLength: 17, nullable: true),
                    Occupation = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: true),
                    EducationLevel = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    DiplomaRecognitionRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    BigRegistrationRequired = table.Column<bool>(type: "INTEGER", nullable: false),
                    HoursMin = table.Column<int>(type: "INTEGER", nullable: true),
                    HoursMax = table.Column<int>(type: "INTEGER", nullable: true),
                    ContractType = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    SalaryFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    SalaryTo = table.Column<int>(type: "INTEGER", nullable: true),
                    PlaceName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true),
                    WorkMode = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    VisaSponsorship = table.Column<bool>(type: "INTEGER", nullable: false),
                    RelocationSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    HousingSupport = table.Column<bool>(type: "INTEGER", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosingDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Vacancies", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Vacancies_Employers_EmployerId",
                        column: x => x.EmployerId,
                        principalTable: "Employers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "VacancyCertificates",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", unicode: false, maxLength: 30, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyCertificates", x => new { x.VacancyId, x.Code });
                    table.ForeignKey(
                        name: "FK_VacancyCertificates_Certificates_Code",
                        column: x => x.Code,
                        principalTable: "Certificates",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_VacancyCertificates_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyHistory",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: false),
                    Action = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VacancyHistory_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancyLanguages",
                columns: table => new
                {
                    Language = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", unicode: false, maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancyLanguages", x => new { x.VacancyId, x.Language });
                    table.ForeignKey(
                        name: "FK_VacancyLanguages_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VacancySkills",
                columns: table => new
                {
                    Skill = table.Column<string>(type: "TEXT", unicode: false, maxLength: 200, nullable: false),
                    VacancyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Relation = table.Column<string>(type: "TEXT", unicode: false, maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VacancySkills", x => new { x.VacancyId, x.Skill });
                    table.ForeignKey(
                        name: "FK_VacancySkills_Vacancies_VacancyId",
                        column: x => x.VacancyId,
                        principalTable: "Vacancies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerInvitations_EmployerId",
                table: "EmployerInvitations",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerLocations_EmployerId",
                table: "EmployerLocations",
                column: "EmployerId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerRecruiters_UserId",
                table: "EmployerRecruiters",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_EmployerId_UpdatedAt",
                table: "Vacancies",
                columns: new[] { "EmployerId", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Vacancies_Status_PublishedAt",
                table: "Vacancies",
                columns: new[] { "Status", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_VacancyCertificates_Code",
                table: "VacancyCertificates",
                column: "Code");

            migrationBuilder.CreateIndex(
                name: "IX_VacancyHistory_VacancyId",
                table: "VacancyHistory",
                column: "VacancyId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployerInvitations");

            migrationBuilder.DropTable(
                name: "EmployerLocations");

            migrationBuilder.DropTable(
                name: "EmployerRecruiters");

            migrationBuilder.DropTable(
                name: "VacancyCertificates");

            migrationBuilder.DropTable(
                name: "VacancyHistory");

            migrationBuilder.DropTable(
                name: "VacancyLanguages");

            migrationBuilder.DropTable(
                name: "VacancySkills");

            migrationBuilder.DropTable(
                name: "Vacancies");

            migrationBuilder.DropColumn(
                name: "IsRecognisedSponsor",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "OffersHousing",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "OffersRelocationSupport",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "Sectors",
                table: "Employers");

            migrationBuilder.DropColumn(
                name: "SponsorCheckedOn",
                table: "Employers");
        }
    }
}
