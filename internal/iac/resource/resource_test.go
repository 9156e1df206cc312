package resource

import (
	"testing"
)

func obj(kv ...any) *Value {
	o := NewObject(Range{Path: "main.tf", StartLine: 1})
	for i := 0; i < len(kv); i += 2 {
		o.Set(kv[i].(string), kv[i+1].(*Value))
	}
	return o
}

func str(s string, line int) *Value { return NewString(s, Range{Path: "main.tf", StartLine: line}) }

func TestGetThroughBlocksAndUnknown(t *testing.T) {
	ingress := NewList(Range{}, obj("cidr_blocks", NewList(Range{}, str("0.0.0.0/0", 3))), obj("cidr_blocks", NewUnknown(Range{StartLine: 7}, "var.cidrs")))
	attrs := obj("ingress", ingress, "metadata_options", NewList(Range{}, obj("http_tokens", str("required", 9))), "dyn", NewUnknown(Range{}, "dynamic"))
	if got, _ := attrs.Get("metadata_options", "http_tokens").AsString(); got != "required" {
		t.Errorf("single block descent = %q", got)
	}
	if attrs.Get("ingress", "cidr_blocks") != nil {
		t.Error("Get through a list of two blocks must not pick one")
	}
	all := attrs.All("ingress", "cidr_blocks")
	if len(all) != 2 || all[1].Kind != Unknown {
		t.Fatalf("All = %v", all)
	}
	if ss, ok := all[0].Strings(); !ok || ss[0] != "0.0.0.0/0" {
		t.Errorf("Strings = %v %v", ss, ok)
	}
	if _, ok := all[1].Strings(); ok {
		t.Error("unknown list must not be known")
	}
	if v := attrs.Get("dyn", "x", "y"); !v.IsUnknown() {
		t.Errorf("through unknown = %v", v)
	}
	if attrs.Get("absent", "x") != nil {
		t.Error("through absent must be nil")
	}
	if got, _ := attrs.Get("ingress", "0", "cidr_blocks", "0").AsString(); got != "0.0.0.0/0" {
		t.Errorf("index path = %q", got)
	}
}

func TestScalarsAndDecoded(t *testing.T) {
	if b, ok := str("TRUE", 1).AsBool(); !b || !ok {
		t.Error("string true")
	}
	if _, ok := str("yes please", 1).AsBool(); ok {
		t.Error("not a bool")
	}
	if n, ok := str("443", 1).AsNumber(); !ok || n != 443 {
		t.Error("numeric string")
	}
	pol := str(`{"Statement":[{"Effect":"Allow","Principal":"*"}]}`, 4)
	pol.Refs = []string{"aws_s3_bucket.b"}
	d := pol.Decoded()
	if p, _ := d.Get("Statement", "0", "Principal").AsString(); p != "*" {
		t.Errorf("decoded principal = %q", p)
	}
	if d.Get("Statement", "0", "Effect").Range.StartLine != 4 || d.Get("Statement").Refs[0] != "aws_s3_bucket.b" {
		t.Error("decoded nodes keep the string's range and refs")
	}
	if str("plain", 1).Decoded() != nil {
		t.Error("plain string decodes to nil")
	}
}

func TestReferrers(t *testing.T) {
	bucket := &Resource{Type: "aws_s3_bucket", Address: "aws_s3_bucket.b", Root: ".", Attrs: obj("bucket", str("logs", 2))}
	byRef := obj("bucket", NewUnknown(Range{}, ""))
	byRef.Fields["bucket"].Refs = []string{"aws_s3_bucket.b"}
	v1 := &Resource{Type: "aws_s3_bucket_versioning", Address: "aws_s3_bucket_versioning.v1", Root: ".", Attrs: byRef}
	v2 := &Resource{Type: "aws_s3_bucket_versioning", Address: "aws_s3_bucket_versioning.v2", Root: ".", Attrs: obj("bucket", str("logs", 9))}
	other := &Resource{Type: "aws_s3_bucket_versioning", Address: "aws_s3_bucket_versioning.v3", Root: "other", Attrs: obj("bucket", str("logs", 9))}
	unk := &Resource{Type: "aws_s3_bucket_versioning", Address: "aws_s3_bucket_versioning.v4", Root: ".", Attrs: obj("bucket", NewUnknown(Range{}, "var.b"))}
	data := &Resource{Type: "aws_s3_bucket", Data: true, Address: "data.aws_s3_bucket.b", Root: ".", Attrs: obj()}
	s := NewSet(unk, other, v2, v1, bucket, data)
	j := Join{Types: []string{"aws_s3_bucket_versioning"}, Attr: []string{"bucket"}, NameAttr: []string{"bucket"}}
	got := s.Referrers(bucket, j)
	if len(got) != 2 {
		t.Fatalf("referrers = %d, want 2", len(got))
	}
	if !s.MayReferTo(bucket, j) {
		t.Error("an unknown join attribute may refer to the bucket")
	}
	if len(s.OfType("aws_s3_bucket")) != 1 || len(s.DataOfType("aws_s3_bucket")) != 1 {
		t.Error("data sources are kept apart")
	}
	if s.Lookup(".", "aws_s3_bucket.b") != bucket || len(s.Targets(v1, v1.Get("bucket"))) != 1 {
		t.Error("lookup by ref")
	}
	if bucket.Provider() != "aws" || (&Resource{Type: "AWS::S3::Bucket"}).Provider() != "aws" {
		t.Error("provider")
	}
}
