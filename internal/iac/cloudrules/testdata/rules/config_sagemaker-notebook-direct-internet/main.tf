resource "aws_sagemaker_notebook_instance" "default" { # want: config/sagemaker-notebook-direct-internet
  name          = "nb"
  role_arn      = "arn:aws:iam::123456789012:role/sm"
  instance_type = "ml.t3.medium"
}

resource "aws_sagemaker_notebook_instance" "closed" { # ok: config/sagemaker-notebook-direct-internet
  name                   = "nb2"
  role_arn               = "arn:aws:iam::123456789012:role/sm"
  instance_type          = "ml.t3.medium"
  subnet_id              = "subnet-1"
  direct_internet_access = "Disabled"
}
