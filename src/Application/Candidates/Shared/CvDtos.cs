using TalentMatch.Domain.Candidates;

namespace TalentMatch.Application.Candidates.Shared;

public static class CvDtos
{
    public static CvDto ToDto(this CvDocument cv) =>
        new(cv.FileName, cv.FileType.ContentType(), cv.SizeBytes, cv.UploadedAt);
}
