resource "aws_api_gateway_domain_name" "missing" { # want: config/api-gateway-domain-outdated-tls
  domain_name = "api.example.com"
}

resource "aws_api_gateway_domain_name" "bad" {
  domain_name = "api.example.com"
  security_policy = "TLS_1_0" # want: config/api-gateway-domain-outdated-tls
}

resource "aws_api_gateway_domain_name" "good" { # ok: config/api-gateway-domain-outdated-tls
  domain_name = "api.example.com"
  security_policy = "TLS_1_2" # ok: config/api-gateway-domain-outdated-tls
}
