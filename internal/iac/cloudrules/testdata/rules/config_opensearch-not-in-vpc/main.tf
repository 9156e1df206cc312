resource "aws_opensearch_domain" "public" { # want: config/opensearch-not-in-vpc
  domain_name = "logs"
}

resource "aws_opensearch_domain" "private" { # ok: config/opensearch-not-in-vpc
  domain_name = "search"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}
