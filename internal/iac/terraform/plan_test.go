package terraform

import (
	"slices"
	"strings"
	"testing"
)

const planJSON = `{
  "format_version": "1.2",
  "terraform_version": "1.9.0",
  "planned_values": {
    "root_module": {
      "resources": [
        {"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",
         "values": {"bucket": "data", "tags": {"env": "prod"}}},
        {"address": "aws_s3_bucket_versioning.v", "mode": "managed", "type": "aws_s3_bucket_versioning", "name": "v",
         "values": {"versioning_configuration": [{"status": "Enabled"}]}},
        {"address": "aws_instance.w[0]", "mode": "managed", "type": "aws_instance", "name": "w", "index": 0,
         "values": {"ami": "a"}},
        {"address": "aws_instance.w[1]", "mode": "managed", "type": "aws_instance", "name": "w", "index": 1,
         "values": {"ami": "a"}},
        {"address": "aws_s3_bucket_acl.a[\"x\"]", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "a", "index": "x",
         "values": {"acl": "private"}},
        {"address": "aws_s3_bucket_acl.a[\"y\"]", "mode": "managed", "type": "aws_s3_bucket_acl", "name": "a", "index": "y",
         "values": {"acl": "public-read"}}
      ],
      "child_modules": [
        {"address": "module.m", "resources": [
          {"address": "module.m.aws_sqs_queue.q", "mode": "managed", "type": "aws_sqs_queue", "name": "q", "values": {"name": "q"}}
        ]}
      ]
    }
  },
  "resource_changes": [
    {"address": "aws_s3_bucket.b", "change": {"after_unknown": {"arn": true, "tags": {}}}},
    {"address": "module.m.aws_sqs_queue.q", "change": {"after_unknown": {"kms_master_key_id": true}}}
  ],
  "configuration": {
    "root_module": {
      "resources": [
        {"address": "aws_s3_bucket_versioning.v", "expressions": {"bucket": {"references": ["aws_s3_bucket.b.id", "aws_s3_bucket.b"]}}}
      ],
      "module_calls": {"m": {"source": "./m", "module": {"resources": [
        {"address": "aws_sqs_queue.q", "expressions": {"policy": {"references": ["data.aws_iam_policy_document.p.json", "var.x"]}}}
      ]}}}
    }
  }
}`

func TestParsePlan(t *testing.T) {
	rs, err := ParsePlan("plan.json", []byte(planJSON))
	if err != nil {
		t.Fatal(err)
	}
	var addrs []string
	for _, r := range rs {
		addrs = append(addrs, r.Address)
	}
	want := []string{"aws_s3_bucket.b", "aws_s3_bucket_versioning.v", "aws_instance.w", `aws_s3_bucket_acl.a["x"]`, `aws_s3_bucket_acl.a["y"]`, "module.m.aws_sqs_queue.q"}
	if !slices.Equal(addrs, want) {
		t.Fatalf("addresses = %q", addrs)
	}
	if rs[0].Range.StartLine != 7 || rs[0].Get("bucket").Range.StartLine != 8 {
		t.Errorf("lines: %d %d", rs[0].Range.StartLine, rs[0].Get("bucket").Range.StartLine)
	}
	if !rs[0].Get("arn").IsUnknown() {
		t.Error("after_unknown not applied")
	}
	if v := rs[1].Get("bucket"); !v.IsUnknown() || v.Refs[0] != "aws_s3_bucket.b" {
		t.Errorf("bucket join: %+v", v)
	}
	if len(rs[2].Instances) != 2 {
		t.Errorf("instances = %v", rs[2].Instances)
	}
	q := rs[5]
	if q.Module != "module.m" || !q.Get("kms_master_key_id").IsUnknown() || q.Get("policy").Refs[0] != "module.m.data.aws_iam_policy_document.p" {
		t.Errorf("module resource: %+v %+v", q.Module, q.Get("policy"))
	}
	if _, err := ParsePlan("x.json", []byte(`{"a": 1}`)); err == nil || !strings.Contains(err.Error(), "not a Terraform plan") {
		t.Errorf("err = %v", err)
	}
}
