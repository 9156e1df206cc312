package runtime

import "github.com/vigil-sec/vigil/internal/iac/resource"

// CloudTrail facts shared by the trail rules.

var trailTypes = []string{"aws_cloudtrail", "AWS::CloudTrail::Trail"}

// trails returns every trail of the set.
func (p *pass) trails() []*resource.Resource { return p.set.OfType(trailTypes...) }

// trailBuckets returns the buckets of the set a trail delivers to.
func (p *pass) trailBuckets(t *resource.Resource) []*resource.Resource {
	bs, _ := p.targets(t, get(t, "s3_bucket_name", "S3BucketName"), bucketTypes, bucketNames...)
	return bs
}

// multiRegion reports whether a trail is known to cover every region.
func multiRegion(t *resource.Resource) bool {
	return isTrue(get(t, "is_multi_region_trail", "IsMultiRegionTrail"))
}

const trailSnippetTF = `resource "aws_cloudtrail" "account" {
  name                          = "account-trail"
  s3_bucket_name                = aws_s3_bucket.trail.id # private, with access logging
  is_multi_region_trail         = true
  include_global_service_events = true
  enable_log_file_validation    = true
  kms_key_id                    = aws_kms_key.trail.arn
  cloud_watch_logs_group_arn    = "${aws_cloudwatch_log_group.trail.arn}:*"
  cloud_watch_logs_role_arn     = aws_iam_role.trail_to_cloudwatch.arn
}
`

const trailSnippetCFN = `AccountTrail:
  Type: AWS::CloudTrail::Trail
  Properties:
    IsLogging: true
    S3BucketName: !Ref TrailBucket # private, with access logging
    IsMultiRegionTrail: true
    IncludeGlobalServiceEvents: true
    EnableLogFileValidation: true
    KMSKeyId: !Ref TrailKey
    CloudWatchLogsLogGroupArn: !GetAtt TrailLogGroup.Arn
    CloudWatchLogsRoleArn: !GetAtt TrailToCloudWatchRole.Arn
`
