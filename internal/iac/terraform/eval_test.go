package terraform

import (
	"slices"
	"strings"
	"testing"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

func parseAll(t *testing.T, files map[string]string) []*File {
	t.Helper()
	var out []*File
	for _, p := range slices.Sorted(mapKeys(files)) {
		f, err := Parse(p, []byte(files[p]))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, f)
	}
	return out
}

func mapKeys(m map[string]string) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

func byAddr(res *Result) map[string]*resource.Resource {
	m := map[string]*resource.Resource{}
	for _, r := range res.Resources {
		m[r.Root+" "+r.Address] = r
	}
	return m
}

func TestEvaluateModulesVarsLocals(t *testing.T) {
	files := map[string]string{
		"live/main.tf": `
variable "env" {}
variable "acl" { default = "private" }
locals {
  name = "app-${var.env}"
  tags = merge({ team = "core" }, { env = var.env })
}
module "store" {
  source = "../modules/store"
  bucket = local.name
  acl    = var.acl
  log_to = aws_s3_bucket.logs.id
}
module "remote" {
  source = "terraform-aws-modules/s3-bucket/aws"
}
resource "aws_s3_bucket" "logs" {
  bucket = lookup({ a = "x" }, "a", "y")
  tags   = local.tags
}
resource "aws_instance" "web" {
  count = 3
  ami   = "ami-1"
  metadata_options {
    http_tokens = var.tokens
  }
}
resource "aws_s3_bucket" "gone" {
  count = var.env == "dev" ? 0 : 1
}
resource "aws_security_group" "sg" {
  dynamic "ingress" {
    for_each = [22, 443]
    content {
      from_port   = ingress.value
      cidr_blocks = ["0.0.0.0/0"]
    }
  }
  dynamic "egress" {
    for_each = var.rules
    content { from_port = 1 }
  }
}
`,
		"live/terraform.tfvars": `env = "dev"`,
		"live/prod.auto.tfvars": `acl = "public-read"`,
		"modules/store/main.tf": `
variable "bucket" {}
variable "acl" {}
variable "log_to" {}
resource "aws_s3_bucket" "this" {
  bucket = var.bucket
  acl    = var.acl
  logging { target_bucket = var.log_to }
}
output "arn" { value = aws_s3_bucket.this.arn }
`,
	}
	res := Evaluate(parseAll(t, files), Options{}, nil)
	got := byAddr(res)
	if len(res.Problems) > 0 {
		t.Errorf("problems: %v", res.Problems)
	}
	b := got["live module.store.aws_s3_bucket.this"]
	if b == nil {
		t.Fatalf("module resource missing; have %v", slices.Sorted(func(y func(string) bool) {
			for k := range got {
				if !y(k) {
					return
				}
			}
		}))
	}
	if s, _ := b.Get("bucket").AsString(); s != "app-dev" {
		t.Errorf("bucket = %q", s)
	}
	if s, _ := b.Get("acl").AsString(); s != "public-read" {
		t.Errorf("auto.tfvars not applied: acl = %q", s)
	}
	lt := b.Get("logging", "target_bucket")
	if !lt.IsUnknown() || !slices.Contains(lt.Refs, "aws_s3_bucket.logs") {
		t.Errorf("refs through module input: %+v", lt)
	}
	if b.Range.Path != "modules/store/main.tf" || len(b.Calls) != 1 || b.Calls[0].Range.StartLine != 8 {
		t.Errorf("range %v calls %v", b.Range, b.Calls)
	}
	if b.Get("acl").Range.Path != "modules/store/main.tf" || b.Get("acl").Range.StartLine != 7 {
		t.Errorf("acl range = %+v", b.Get("acl").Range)
	}
	logs := got["live aws_s3_bucket.logs"]
	if s, _ := logs.Get("bucket").AsString(); s != "x" {
		t.Errorf("lookup = %q", s)
	}
	if s, _ := logs.Get("tags", "env").AsString(); s != "dev" {
		t.Errorf("merge = %q", s)
	}
	web := got["live aws_instance.web"]
	if len(web.Instances) != 3 || !web.Get("metadata_options", "http_tokens").IsUnknown() {
		t.Errorf("count instances %v, tokens %+v", web.Instances, web.Get("metadata_options", "http_tokens"))
	}
	if _, ok := got["live aws_s3_bucket.gone"]; ok {
		t.Error("count = 0 resource must not exist")
	}
	sg := got["live aws_security_group.sg"]
	in := sg.All("ingress", "from_port")
	if len(in) != 2 || in[1].Str != "443" {
		t.Errorf("dynamic ingress = %v", in)
	}
	if eg := sg.Get("egress"); eg == nil || eg.Items[0].Kind != resource.Unknown {
		t.Errorf("dynamic with unknown for_each = %+v", eg)
	}
	if len(res.Notes) != 1 || !strings.Contains(res.Notes[0], "never downloaded") {
		t.Errorf("notes = %v", res.Notes)
	}
	if _, ok := got["modules/store aws_s3_bucket.this"]; ok {
		t.Error("a called module is not a root of its own")
	}
}

func TestCircularLocals(t *testing.T) {
	res := Evaluate(parseAll(t, map[string]string{"main.tf": `
locals {
  a = local.b
  b = "${local.a}-x"
  ok = "fine"
}
resource "aws_s3_bucket" "b" {
  bucket = local.a
  acl    = local.ok
}
`}), Options{}, nil)
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Reason, "local.a -> local.b -> local.a") || res.Problems[0].Line != 3 {
		t.Fatalf("problems = %+v", res.Problems)
	}
	b := res.Resources[0]
	if !b.Get("bucket").IsUnknown() {
		t.Error("circular local must be unknown")
	}
	if s, _ := b.Get("acl").AsString(); s != "fine" {
		t.Error("the rest is evaluated")
	}
}

func TestVarFilesAndForEach(t *testing.T) {
	res := Evaluate(parseAll(t, map[string]string{
		"main.tf": `
variable "buckets" { type = map(string) }
variable "public" { type = bool }
resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = each.value
  acl      = var.public ? "public-read" : "private"
}
module "self" { source = "./" }
`,
		"env/prod.tfvars": `
buckets = { one = "b1" }
public  = "true"
`}), Options{VarFiles: []string{"env/prod.tfvars"}}, nil)
	b := res.Resources[0]
	if s, _ := b.Get("bucket").AsString(); s != "b1" || len(b.Instances) != 1 {
		t.Errorf("single for_each instance: %q %v", s, b.Instances)
	}
	if s, _ := b.Get("acl").AsString(); s != "public-read" {
		t.Errorf("typed var conversion: acl = %q", s)
	}
	if len(res.Problems) != 1 || !strings.Contains(res.Problems[0].Reason, "calls . again") {
		t.Errorf("recursive module: %+v", res.Problems)
	}
}

func TestParseErrors(t *testing.T) {
	_, err := Parse("bad.tf", []byte("resource \"a\" \"b\" {\n  x = \n}\n"))
	if err == nil || !strings.Contains(err.Error(), "line 2") && !strings.Contains(err.Error(), "line 3") {
		t.Fatalf("err = %v", err)
	}
	_, err = Parse("deep.tf", []byte("x = "+strings.Repeat("[", 5000)))
	if err == nil || !strings.Contains(err.Error(), "nesting deeper") {
		t.Fatalf("deep err = %v", err)
	}
}

func TestJSONEncodeKeepsKnownParts(t *testing.T) {
	res := Evaluate(parseAll(t, map[string]string{"main.tf": `
resource "aws_s3_bucket" "b" {
  bucket = "b"
}
resource "aws_s3_bucket_policy" "p" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Resource  = "${aws_s3_bucket.b.arn}/*"
    }]
  })
}
resource "aws_s3_bucket_policy" "known" {
  bucket = "b"
  policy = jsonencode({ Statement = [] })
}
`}), Options{}, nil)
	p := res.Resources[1].Get("policy")
	if p.Kind != resource.Object || p.Range.StartLine != 7 {
		t.Fatalf("policy = %+v", p)
	}
	if s, _ := p.Get("Statement", "0", "Principal").AsString(); s != "*" {
		t.Errorf("principal = %q", s)
	}
	if r := p.Get("Statement", "0", "Resource"); !r.IsUnknown() || r.Refs[0] != "aws_s3_bucket.b" {
		t.Errorf("resource = %+v", r)
	}
	if k := res.Resources[2].Get("policy"); k.Kind != resource.String || k.Str != `{"Statement":[]}` {
		t.Errorf("known jsonencode = %+v", k)
	}
}

func TestDeepJSONDecodeStaysUnknown(t *testing.T) {
	deep := strings.Repeat("[", 300) + strings.Repeat("]", 300)
	res := Evaluate(parseAll(t, map[string]string{"main.tf": `
resource "x" "y" {
  deep    = jsondecode("` + deep + `")
  shallow = jsondecode("[1, 2]")
}
`}), Options{}, nil)
	r := res.Resources[0]
	if !r.Get("deep").IsUnknown() || len(r.Get("shallow").Items) != 2 {
		t.Errorf("deep %+v shallow %+v", r.Get("deep").Kind, r.Get("shallow"))
	}
}

func TestForEachInstancesMerge(t *testing.T) {
	res := Evaluate(parseAll(t, map[string]string{"main.tf": `
variable "buckets" {
  default = {
    logs   = { acl = "private", versioning = "Enabled" }
    assets = { acl = "public-read", versioning = "Enabled" }
  }
}
resource "aws_s3_bucket" "b" {
  for_each = var.buckets
  bucket   = "co-${each.key}"
  acl      = each.value.acl
  tags     = { kind = "data" }
  versioning {
    status = each.value.versioning
  }
}
`}), Options{}, nil)
	b := res.Resources[0]
	if len(b.Instances) != 2 || len(res.Resources) != 1 {
		t.Fatalf("instances %v resources %d", b.Instances, len(res.Resources))
	}
	if v := b.Get("acl"); !v.IsUnknown() || v.Expr != "(differs between instances)" {
		t.Errorf("acl = %+v", v)
	}
	if s, _ := b.Get("versioning", "status").AsString(); s != "Enabled" {
		t.Errorf("versioning agreed by all instances = %q", s)
	}
	if s, _ := b.Get("tags", "kind").AsString(); s != "data" {
		t.Errorf("tags = %q", s)
	}
}
