// Command cloudbench generates a deterministic tree of Terraform configurations and reviews it with
// the cloud analyzer through engine.Review, for bench/cloud/run.sh to compare with trivy config.
//
//	go run ./bench/cloud gen -out DIR -files 2000
//	go run ./bench/cloud review DIR
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"text/template"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: cloudbench gen -out DIR [-files N]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ExitOnError)
		out := fs.String("out", "", "directory to write (emptied first)")
		files := fs.Int("files", 2000, "number of .tf files to write, at least")
		fs.Parse(os.Args[2:])
		err = generate(*out, *files)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "cloudbench:", err)
		os.Exit(1)
	}
}

// Each service is a root module of ten files plus a tfvars file; every fourth service calls the
// shared local modules. Attribute values are drawn from a fixed seed, so the tree is the same on
// every run.
var files = map[string]string{
	"main.tf": `terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = var.region
}

locals {
  name = "{{.Name}}-${var.environment}"
  tags = merge(var.tags, { service = "{{.Name}}", environment = var.environment })
}
{{if .Shared}}
module "bucket" {
  source = "../../modules/bucket"
  name   = "${local.name}-shared"
  acl    = "{{.ACL}}"
}

module "queue" {
  source = "../../modules/queue"
  name   = local.name
}
{{end}}`,
	"variables.tf": `variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "environment" {
  type = string
}

variable "tags" {
  type    = map(string)
  default = {}
}

variable "admin_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8"]
}

variable "db_password" {
  type      = string
  sensitive = true
}
`,
	"network.tf": `resource "aws_vpc" "main" {
  cidr_block = "10.{{.N}}.0.0/16"
  tags       = local.tags
}

resource "aws_subnet" "public" {
  count                   = 2
  vpc_id                  = aws_vpc.main.id
  cidr_block              = cidrsubnet(aws_vpc.main.cidr_block, 8, count.index)
  map_public_ip_on_launch = {{.Bool}}
}

resource "aws_security_group" "app" {
  name   = "${local.name}-app"
  vpc_id = aws_vpc.main.id

  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  dynamic "ingress" {
    for_each = [{{.AdminPort}}]
    content {
      from_port   = ingress.value
      to_port     = ingress.value
      protocol    = "tcp"
      cidr_blocks = var.admin_cidrs
    }
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`,
	"storage.tf": `resource "aws_s3_bucket" "data" {
  bucket = "${local.name}-data"
  tags   = local.tags
}
{{if .Bool}}
resource "aws_s3_bucket_server_side_encryption_configuration" "data" {
  bucket = aws_s3_bucket.data.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
{{end}}
resource "aws_s3_bucket_public_access_block" "data" {
  bucket                  = aws_s3_bucket.data.id
  block_public_acls       = true
  block_public_policy     = {{.Bool}}
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "data" {
  bucket = aws_s3_bucket.data.id
  versioning_configuration {
    status = "{{.Versioning}}"
  }
}

resource "aws_s3_bucket_policy" "data" {
  bucket = aws_s3_bucket.data.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::123456789012:root" }
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.data.arn}/*"
    }]
  })
}
`,
	"db.tf": `resource "aws_db_subnet_group" "main" {
  name       = local.name
  subnet_ids = aws_subnet.public[*].id
}

resource "aws_db_instance" "main" {
  identifier              = local.name
  engine                  = "postgres"
  instance_class          = "db.t4g.micro"
  allocated_storage       = 20
  username                = "app"
  password                = var.db_password
  db_subnet_group_name    = aws_db_subnet_group.main.name
  storage_encrypted       = {{.Bool}}
  publicly_accessible     = {{.Bool}}
  backup_retention_period = {{.Retention}}
  deletion_protection     = {{.Bool}}
}

resource "aws_dynamodb_table" "sessions" {
  name     = "${local.name}-sessions"
  hash_key = "id"
  attribute {
    name = "id"
    type = "S"
  }
  point_in_time_recovery {
    enabled = {{.Bool}}
  }
}
`,
	"compute.tf": `resource "aws_launch_template" "app" {
  name_prefix   = local.name
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.small"
  metadata_options {
    http_tokens = "{{.Tokens}}"
  }
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 20
      encrypted   = {{.Bool}}
    }
  }
}

resource "aws_lb" "app" {
  name               = local.name
  load_balancer_type = "application"
  subnets            = aws_subnet.public[*].id
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.app.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "{{.SSLPolicy}}"
  certificate_arn   = "arn:aws:acm:eu-west-1:123456789012:certificate/{{.N}}"
  default_action {
    type             = "forward"
    target_group_arn = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/{{.Name}}/1"
  }
}
`,
	"messaging.tf": `resource "aws_sns_topic" "events" {
  name = "${local.name}-events"
}

resource "aws_sqs_queue" "jobs" {
  name                    = "${local.name}-jobs"
  sqs_managed_sse_enabled = {{.Bool}}
}

resource "aws_kinesis_stream" "clicks" {
  name        = "${local.name}-clicks"
  shard_count = 1
}
`,
	"security.tf": `resource "aws_kms_key" "data" {
  description         = "${local.name} data"
  enable_key_rotation = {{.Bool}}
}

resource "aws_secretsmanager_secret" "api" {
  name       = "${local.name}/api"
  kms_key_id = aws_kms_key.data.arn
}

resource "aws_cloudwatch_log_group" "app" {
  name              = "/app/${local.name}"
  retention_in_days = 30
}

resource "aws_ecr_repository" "app" {
  name                 = local.name
  image_tag_mutability = "{{.Mutability}}"
  image_scanning_configuration {
    scan_on_push = {{.Bool}}
  }
}
`,
	"dns.tf": `resource "aws_route53_zone" "svc" {
  name = "{{.Name}}.example.com"
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.svc.zone_id
  name    = "www"
  type    = "CNAME"
  ttl     = 300
  records = ["{{.Name}}-site.s3-website-eu-west-1.amazonaws.com"]
}
`,
	"outputs.tf": `output "bucket" {
  value = aws_s3_bucket.data.bucket
}

output "db_endpoint" {
  value = aws_db_instance.main.endpoint
}

output "zone" {
  value = aws_route53_zone.svc.name_servers
}
`,
}

var modules = map[string]string{
	"modules/bucket/main.tf": `variable "name" {}
variable "acl" {}

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_acl" "this" {
  bucket = aws_s3_bucket.this.id
  acl    = var.acl
}
`,
	"modules/queue/main.tf": `variable "name" {}

resource "aws_sqs_queue" "this" {
  name = "${var.name}-queue"
}

output "url" {
  value = aws_sqs_queue.this.url
}
`,
}

type service struct {
	Name, ACL, Versioning, Tokens, SSLPolicy, Mutability string
	N, AdminPort, Retention                              int
	Shared                                               bool
	rng                                                  *rand.Rand
}

// Bool draws a fresh true or false each time the template asks.
func (s *service) Bool() bool { return s.rng.IntN(3) > 0 }

func generate(out string, want int) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	tmpls := map[string]*template.Template{}
	for name, text := range files {
		tmpls[name] = template.Must(template.New(name).Parse(text))
	}
	write := func(rel string, data []byte) error {
		p := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		return os.WriteFile(p, data, 0o644)
	}
	n := 0
	for rel, text := range modules {
		if err := write(rel, []byte(text)); err != nil {
			return err
		}
		n++
	}
	rng := rand.New(rand.NewPCG(2026, 11))
	pick := func(xs ...string) string { return xs[rng.IntN(len(xs))] }
	names := []string{"main.tf", "variables.tf", "network.tf", "storage.tf", "db.tf", "compute.tf", "messaging.tf", "security.tf", "dns.tf", "outputs.tf"}
	for i := 0; n < want; i++ {
		s := &service{
			Name: fmt.Sprintf("svc%04d", i), N: i % 250, rng: rng, Shared: i%4 == 0,
			ACL:        pick("private", "private", "public-read"),
			Versioning: pick("Enabled", "Enabled", "Suspended"),
			Tokens:     pick("required", "required", "optional"),
			SSLPolicy:  pick("ELBSecurityPolicy-TLS13-1-2-2021-06", "ELBSecurityPolicy-2016-08"),
			Mutability: pick("IMMUTABLE", "MUTABLE"),
			AdminPort:  []int{22, 3389, 8443}[rng.IntN(3)],
			Retention:  rng.IntN(8),
		}
		dir := filepath.Join("services", s.Name)
		for _, name := range names {
			var b strings.Builder
			if err := tmpls[name].Execute(&b, s); err != nil {
				return err
			}
			if err := write(filepath.Join(dir, name), []byte(b.String())); err != nil {
				return err
			}
			n++
		}
		tfvars := fmt.Sprintf("environment = %q\n", pick("prod", "staging"))
		if rng.IntN(5) == 0 {
			tfvars += "admin_cidrs = [\"0.0.0.0/0\"]\n"
		}
		if err := write(filepath.Join(dir, "terraform.tfvars"), []byte(tfvars)); err != nil {
			return err
		}
	}
	fmt.Printf("generated %d .tf files under %s\n", n, out)
	return nil
}
