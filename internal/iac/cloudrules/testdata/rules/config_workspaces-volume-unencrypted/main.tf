resource "aws_workspaces_workspace" "missing" { # want: config/workspaces-volume-unencrypted
  directory_id = "d-1"
  bundle_id = "wsb-1"
  user_name = "jo"
  user_volume_encryption_enabled = true
}

resource "aws_workspaces_workspace" "bad" {
  directory_id = "d-1"
  bundle_id = "wsb-1"
  user_name = "jo"
  user_volume_encryption_enabled = true
  root_volume_encryption_enabled = false # want: config/workspaces-volume-unencrypted
}

resource "aws_workspaces_workspace" "good" { # ok: config/workspaces-volume-unencrypted
  directory_id = "d-1"
  bundle_id = "wsb-1"
  user_name = "jo"
  user_volume_encryption_enabled = true
  root_volume_encryption_enabled = true # ok: config/workspaces-volume-unencrypted
}

resource "aws_workspaces_workspace" "bad1" {
  directory_id = "d-1"
  bundle_id = "wsb-1"
  user_name = "al"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = false # want: config/workspaces-volume-unencrypted
}

resource "aws_workspaces_workspace" "good1" { # ok: config/workspaces-volume-unencrypted
  directory_id = "d-1"
  bundle_id = "wsb-1"
  user_name = "al"
  root_volume_encryption_enabled = true
  user_volume_encryption_enabled = true # ok: config/workspaces-volume-unencrypted
}
