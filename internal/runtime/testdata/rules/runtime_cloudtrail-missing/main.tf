provider "aws" { # ok: runtime/cloudtrail-missing
  alias  = "us"
  region = "us-east-1"
}

provider "aws" { # want: runtime/cloudtrail-missing
  region = "eu-west-1"
}

resource "aws_iam_account_password_policy" "strict" {
  minimum_password_length = 14
}
