resource "aws_codebuild_project" "bad" {
  name = "build"
  artifacts {
    encryption_disabled = true # want: config/codebuild-artifacts-unencrypted
  }
}

resource "aws_codebuild_project" "good" { # ok: config/codebuild-artifacts-unencrypted
  name = "build"
  artifacts {
    encryption_disabled = false # ok: config/codebuild-artifacts-unencrypted
  }
}
