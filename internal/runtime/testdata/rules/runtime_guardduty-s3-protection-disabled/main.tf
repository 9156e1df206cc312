resource "aws_guardduty_detector" "bare" { # want: runtime/guardduty-s3-protection-disabled
  enable = true
}

resource "aws_guardduty_detector" "legacy_off" {
  datasources {
    s3_logs {
      enable = false # want: runtime/guardduty-s3-protection-disabled
    }
  }
}

resource "aws_guardduty_detector" "legacy_on" { # ok: runtime/guardduty-s3-protection-disabled
  datasources {
    s3_logs {
      enable = true
    }
  }
}

resource "aws_guardduty_detector" "feature" { # ok: runtime/guardduty-s3-protection-disabled
  enable = true
}

resource "aws_guardduty_detector_feature" "s3" {
  detector_id = aws_guardduty_detector.feature.id
  name        = "S3_DATA_EVENTS"
  status      = "ENABLED"
}

resource "aws_guardduty_detector" "feature_off" { # want: runtime/guardduty-s3-protection-disabled
  enable = true
}

resource "aws_guardduty_detector_feature" "s3_off" {
  detector_id = aws_guardduty_detector.feature_off.id
  name        = "S3_DATA_EVENTS"
  status      = "DISABLED"
}

# A disabled detector is another rule's finding.
resource "aws_guardduty_detector" "disabled" { # ok: runtime/guardduty-s3-protection-disabled
  enable = false
}
