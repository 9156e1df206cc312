resource "aws_guardduty_detector" "off" {
  enable = false # want: runtime/guardduty-detector-disabled
}

resource "aws_guardduty_detector" "default" { # ok: runtime/guardduty-detector-disabled
}
