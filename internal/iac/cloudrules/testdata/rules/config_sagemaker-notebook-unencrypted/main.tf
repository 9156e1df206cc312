resource "aws_sagemaker_notebook_instance" "missing" { # want: config/sagemaker-notebook-unencrypted
  name = "nb"
  role_arn = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "bad" {
  name = "nb"
  role_arn = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  kms_key_id = "" # want: config/sagemaker-notebook-unencrypted
}

resource "aws_sagemaker_notebook_instance" "good" { # ok: config/sagemaker-notebook-unencrypted
  name = "nb"
  role_arn = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
  kms_key_id = "arn:aws:kms:us-east-1:123456789012:key/abcd" # ok: config/sagemaker-notebook-unencrypted
}
