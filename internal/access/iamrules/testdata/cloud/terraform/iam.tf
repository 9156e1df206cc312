# Identities: inline policies, attachments, data documents, heredocs, groups and a boundary.

resource "aws_iam_role" "deployer" {
  name = "deployer"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" } # want: access/trust-policy-oidc-unrestricted
      Condition = {
        StringEquals = { "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com" }
      }
    }]
  })
}

resource "aws_iam_role_policy" "deployer" {
  name = "deploy"
  role = aws_iam_role.deployer.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "*" # want: access/iam-admin-equivalent
      Resource = "*"
    }]
  })
}

# A pinned GitHub trust and a narrow policy: quiet.
resource "aws_iam_role" "reader" {
  name = "reader"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" } # ok: access/trust-policy-oidc-unrestricted
      Condition = {
        StringEquals = {
          "token.actions.githubusercontent.com:aud" = "sts.amazonaws.com"
          "token.actions.githubusercontent.com:sub" = "repo:example-org/app:ref:refs/heads/main"
        }
      }
    }]
  })
}

resource "aws_iam_policy" "read_logs" {
  name   = "read-logs"
  policy = data.aws_iam_policy_document.read_logs.json
}

data "aws_iam_policy_document" "read_logs" {
  statement {
    actions   = ["logs:GetLogEvents", "s3:GetObject"] # ok: access/iam-sensitive-wildcard
    resources = ["arn:aws:s3:::example-logs/*"]
  }
}

resource "aws_iam_role_policy_attachment" "reader" {
  role       = aws_iam_role.reader.name
  policy_arn = aws_iam_policy.read_logs.arn
}

# Two policies that are harmless alone but escalate together on one role: PassRole from a data
# document and RunInstances from a heredoc.
resource "aws_iam_role" "builder" {
  name = "builder"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { AWS = "arn:aws:iam::210987654321:root" } # want: access/trust-policy-cross-account-no-external-id
    }]
  })
}

data "aws_iam_policy_document" "pass" {
  statement {
    sid       = "Pass"
    actions   = ["iam:PassRole"] # want: access/iam-privilege-escalation
    resources = ["*"]
  }
}

resource "aws_iam_role_policy" "builder_pass" {
  role   = aws_iam_role.builder.name
  policy = data.aws_iam_policy_document.pass.json
}

resource "aws_iam_role_policy" "builder_run" {
  role   = "builder"
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Allow",
          "Action": ["ec2:RunInstances", "ec2:DescribeInstances"],
          "Resource": "*"
        }
      ]
    }
  EOT
}

# A group that holds KMS wildcards, and a user in it.
resource "aws_iam_group" "ops" {
  name = "ops"
}

resource "aws_iam_group_policy" "ops" {
  group = aws_iam_group.ops.name
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["kms:*"] # want: access/iam-sensitive-wildcard
      Resource = "*"
    }]
  })
}

resource "aws_iam_user" "alice" { # ok: access/iam-sensitive-wildcard
  name = "alice"
}

resource "aws_iam_user_group_membership" "alice" {
  user   = aws_iam_user.alice.name
  groups = [aws_iam_group.ops.name]
}

# AWS-managed AdministratorAccess attached by ARN.
resource "aws_iam_role" "break_glass" {
  name                = "break-glass"
  managed_policy_arns = ["arn:aws:iam::aws:policy/AdministratorAccess"] # want: access/iam-admin-equivalent
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ec2.amazonaws.com" }
    }]
  })
}

# A boundary that cannot be read: the role is not judged, neither pass nor fail.
resource "aws_iam_role" "bounded" {
  name                 = "bounded"
  permissions_boundary = var.boundary_arn
  assume_role_policy   = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "bounded" {
  role = aws_iam_role.bounded.id
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] # ok: access/iam-admin-equivalent
  })
}

variable "boundary_arn" {
  type = string
}

# An action known only after apply is never read as a wildcard.
resource "aws_iam_policy" "unknown" {
  name = "unknown"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = var.actions, Resource = "*" }] # ok: access/iam-admin-equivalent
  })
}

variable "actions" {
  type = list(string)
}

# Users with keys and policies of their own.
resource "aws_iam_user" "ci" { # ok: access/iam-user-access-key-in-code
  name = "ci"
}

resource "aws_iam_access_key" "ci" { # want: access/iam-user-access-key-in-code
  user = aws_iam_user.ci.name
}

resource "aws_iam_user_policy" "ci" { # want: access/iam-user-inline-policy
  user = aws_iam_user.ci.name
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "s3:PutObject", Resource = "arn:aws:s3:::example-artifacts/*" }]
  })
}

module "ci" {
  source = "./modules/ci"
  name   = "module-ci"
}
# A policy that is not valid JSON: skipped with its line, the review goes on.
resource "aws_iam_policy" "broken" {
  name   = "broken"
  policy = <<EOF
{"Version": "2012-10-17", "Statement": [
EOF
}

# An inline_policy block in the role, and a group membership written from the group's side.
resource "aws_iam_role" "legacy" {
  name               = "legacy"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
  inline_policy {
    name   = "iam"
    policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "iam:*", Resource = "*" }] }) # want: access/iam-admin-equivalent
  }
}

resource "aws_iam_group" "auditors" {
  name = "auditors"
}

resource "aws_iam_policy" "audit" {
  name = "audit"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey"] # want: access/iam-privilege-escalation
      Resource = "*"
    }]
  })
}

resource "aws_iam_policy_attachment" "audit" {
  name       = "audit"
  groups     = [aws_iam_group.auditors.name] # ok: access/iam-user-inline-policy
  policy_arn = aws_iam_policy.audit.arn
}

resource "aws_iam_user" "bob" {
  name = "bob"
}

resource "aws_iam_group_membership" "auditors" {
  name  = "auditors"
  group = aws_iam_group.auditors.name
  users = [aws_iam_user.bob.name]
}

# AWS-managed policies through a data source, and a customer policy attached by its literal ARN.
data "aws_iam_policy" "admin" {
  name = "AdministratorAccess"
}

resource "aws_iam_role" "ops" {
  name               = "ops"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "ops_admin" {
  role       = aws_iam_role.ops.name
  policy_arn = data.aws_iam_policy.admin.arn # want: access/iam-admin-equivalent
}

resource "aws_iam_policy" "tag_editor" {
  name = "tag-editor"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "iam:CreatePolicyVersion", Resource = "*" }] # want: access/iam-privilege-escalation
  })
}

resource "aws_iam_role" "tagger" {
  name               = "tagger"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy_attachment" "tagger" {
  role       = "tagger"
  policy_arn = "arn:aws:iam::123456789012:policy/tag-editor"
}

data "aws_partition" "current" {}

resource "aws_iam_role" "ops_partition" {
  name                = "ops-partition"
  managed_policy_arns = ["arn:${data.aws_partition.current.partition}:iam::aws:policy/AdministratorAccess"] # want: access/iam-admin-equivalent
  assume_role_policy  = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

# Trust policies written as data documents, with condition blocks.
data "aws_iam_policy_document" "github_any" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:*"] # want: access/trust-policy-oidc-unrestricted
    }
  }
}

data "aws_iam_policy_document" "github_pinned" {
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:example-org/app:environment:production"] # ok: access/trust-policy-oidc-unrestricted
    }
    condition {
      test     = "StringEquals"
      variable = "token.actions.githubusercontent.com:aud"
      values   = ["sts.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "gha_any" {
  name               = "gha-any"
  assume_role_policy = data.aws_iam_policy_document.github_any.json
}

resource "aws_iam_role" "gha_pinned" {
  name               = "gha-pinned"
  assume_role_policy = data.aws_iam_policy_document.github_pinned.json
}

# A policy kept in its own JSON file and read with file(): located in that file.
resource "aws_iam_role" "deploy_file" {
  name               = "deploy-file"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "deploy_file" {
  role   = aws_iam_role.deploy_file.id
  policy = file("${path.module}/policies/deploy.json")
}

resource "aws_iam_role_policy" "deploy_file_run" {
  role   = aws_iam_role.deploy_file.id
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = ["lambda:CreateFunction", "lambda:InvokeFunction"], Resource = "*" }] })
}

resource "aws_iam_role" "admin_file" {
  name               = "admin-file"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}

resource "aws_iam_role_policy" "admin_file" {
  role   = aws_iam_role.admin_file.id
  policy = file("policies/admin.json")
}

# An effect known only after apply: the policy is not judged (a note names its line), neither pass nor fail.
variable "effect" {
  type = string
}

resource "aws_iam_policy" "unknown_effect" {
  name = "unknown-effect"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = var.effect, Action = "*", Resource = "*" }] # ok: access/iam-admin-equivalent
  })
}
