resource "aws_ecr_repository" "missing" { # want: config/ecr-tags-mutable
  name = "app"
}

resource "aws_ecr_repository" "bad" {
  name = "app"
  image_tag_mutability = "MUTABLE" # want: config/ecr-tags-mutable
}

resource "aws_ecr_repository" "good" { # ok: config/ecr-tags-mutable
  name = "app"
  image_tag_mutability = "IMMUTABLE" # ok: config/ecr-tags-mutable
}
