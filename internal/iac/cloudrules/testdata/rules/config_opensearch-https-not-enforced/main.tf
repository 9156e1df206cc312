resource "aws_opensearch_domain" "bad" {
  domain_name = "search"
  domain_endpoint_options {
    enforce_https = false # want: config/opensearch-https-not-enforced
  }
}

resource "aws_opensearch_domain" "good" { # ok: config/opensearch-https-not-enforced
  domain_name = "search"
  domain_endpoint_options {
    enforce_https = true # ok: config/opensearch-https-not-enforced
  }
}
