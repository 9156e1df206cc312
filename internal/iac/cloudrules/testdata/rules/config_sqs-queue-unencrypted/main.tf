resource "aws_sqs_queue" "bad" {
  name = "jobs"
  sqs_managed_sse_enabled = false # want: config/sqs-queue-unencrypted
}

resource "aws_sqs_queue" "good" { # ok: config/sqs-queue-unencrypted
  name = "jobs"
  sqs_managed_sse_enabled = true # ok: config/sqs-queue-unencrypted
}
