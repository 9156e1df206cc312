resource "aws_sns_topic" "missing" { # want: config/sns-topic-unencrypted
  name = "events"
}

resource "aws_sns_topic" "bad" {
  name = "events"
  kms_master_key_id = "" # want: config/sns-topic-unencrypted
}

resource "aws_sns_topic" "good" { # ok: config/sns-topic-unencrypted
  name = "events"
  kms_master_key_id = "alias/aws/sns" # ok: config/sns-topic-unencrypted
}
