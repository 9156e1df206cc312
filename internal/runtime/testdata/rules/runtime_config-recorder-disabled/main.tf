resource "aws_config_configuration_recorder" "never_started" { # want: runtime/config-recorder-disabled
  name     = "never-started"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder" "stopped" { # want: runtime/config-recorder-disabled
  name     = "stopped"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "stopped" {
  name       = aws_config_configuration_recorder.stopped.name
  is_enabled = false
}

resource "aws_config_configuration_recorder" "running" { # ok: runtime/config-recorder-disabled
  name     = "running"
  role_arn = "arn:aws:iam::111122223333:role/config"
}

resource "aws_config_configuration_recorder_status" "running" {
  name       = "running"
  is_enabled = true
}
