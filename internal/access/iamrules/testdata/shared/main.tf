resource "aws_iam_policy" "admin" {
  name   = "admin"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }] # want: access/iam-admin-equivalent
  })
}
resource "aws_iam_role" "a" {
  name               = "a"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}
resource "aws_iam_role" "b" {
  name               = "b"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ec2.amazonaws.com" } }] })
}
resource "aws_iam_role_policy_attachment" "a" {
  role       = aws_iam_role.a.name
  policy_arn = aws_iam_policy.admin.arn
}
resource "aws_iam_role_policy_attachment" "b" {
  role       = aws_iam_role.b.name
  policy_arn = aws_iam_policy.admin.arn
}
