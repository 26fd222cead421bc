using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentMatch.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class CandidateProfile : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AvailableFrom",
                table: "Candidates",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "BigRegistration",
                table: "Candidates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Certificates",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "ConsentsToStatistics",
                table: "Candidates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Cv_FileName",
                table: "Candidates",
                type: "nvarchar(255)",
                maxLength: 255,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Cv_FileType",
                table: "Candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "Cv_SizeBytes",
                table: "Candidates",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Cv_StorageKey",
                table: "Candidates",
                type: "varchar(64)",
                unicode: false,
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "Cv_UploadedAt",
                table: "Candidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DesiredOccupations",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<int>(
                name: "EducationLevel",
                table: "Candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Home_Location_Latitude",
                table: "Candidates",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Home_Location_Longitude",
                table: "Candidates",
                type: "float",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Home_MaxCommuteKm",
                table: "Candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Home_PlaceName",
                table: "Candidates",
                type: "nvarchar(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HoursPerWeek_Max",
                table: "Candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HoursPerWeek_Min",
                table: "Candidates",
                type: "int",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "HousingNeed",
                table: "Candidates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Languages",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ProfileUpdatedAt",
                table: "Candidates",
                type: "datetimeoffset",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Recognition_Body",
                table: "Candidates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Recognition_Status",
                table: "Candidates",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "Skills",
                table: "Candidates",
                type: "nvarchar(max)",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<bool>(
                name: "VisibleToEmployers",
                table: "Candidates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "WillingToRelocate",
                table: "Candidates",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "WorkAuthorisation",
                table: "Candidates",
                type: "int",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AvailableFrom",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "BigRegistration",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Certificates",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "ConsentsToStatistics",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Cv_FileName",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Cv_FileType",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Cv_SizeBytes",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Cv_StorageKey",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Cv_UploadedAt",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "DesiredOccupations",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "EducationLevel",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Home_Location_Latitude",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Home_Location_Longitude",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Home_MaxCommuteKm",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Home_PlaceName",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "HoursPerWeek_Max",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "HoursPerWeek_Min",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "HousingNeed",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Languages",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "ProfileUpdatedAt",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Recognition_Body",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Recognition_Status",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Skills",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "VisibleToEmployers",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "WillingToRelocate",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "WorkAuthorisation",
                table: "Candidates");
        }
    }
}
