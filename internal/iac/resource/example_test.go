package resource_test

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// Reading a policy document, whether Terraform wrote it with jsonencode(), a heredoc or a data
// source, or CloudFormation wrote it as an object: Decoded gives the tree, Refs the resources it
// names, and every node its file and line.
func ExampleValue_Decoded() {
	at := resource.Range{Path: "iam.tf", StartLine: 12}
	policy := resource.NewString(`{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}`, at)
	policy.Refs = []string{"aws_s3_bucket.logs"}
	r := &resource.Resource{Type: "aws_iam_policy", Address: "aws_iam_policy.admin", Root: ".",
		Attrs: resource.NewObject(at)}
	r.Attrs.Set("policy", policy)

	set := resource.NewSet(r)
	for _, p := range set.OfType("aws_iam_policy", "AWS::IAM::ManagedPolicy") {
		doc := p.Get("policy").Decoded()
		for _, st := range doc.Get("Statement").Elements() {
			action, _ := st.Get("Action").AsString()
			fmt.Println(p.Address, action, st.Range.Path, st.Range.StartLine, st.Refs)
		}
	}
	// Output: aws_iam_policy.admin s3:* iam.tf 12 [aws_s3_bucket.logs]
}

// Joining split resources to their target: an AWS provider v4 versioning resource names its bucket
// by reference or by name.
func ExampleSet_Referrers() {
	bucket := &resource.Resource{Type: "aws_s3_bucket", Address: "aws_s3_bucket.logs", Root: ".", Attrs: resource.NewObject(resource.Range{})}
	bucket.Attrs.Set("bucket", resource.NewString("logs", resource.Range{}))
	ref := resource.NewUnknown(resource.Range{}, "aws_s3_bucket.logs.id")
	ref.Refs = []string{"aws_s3_bucket.logs"}
	versioning := &resource.Resource{Type: "aws_s3_bucket_versioning", Address: "aws_s3_bucket_versioning.logs", Root: ".", Attrs: resource.NewObject(resource.Range{})}
	versioning.Attrs.Set("bucket", ref)

	set := resource.NewSet(bucket, versioning)
	for _, v := range set.Referrers(bucket, resource.Join{Types: []string{"aws_s3_bucket_versioning"}, Attr: []string{"bucket"}, NameAttr: []string{"bucket"}}) {
		fmt.Println(v.Address)
	}
	// Output: aws_s3_bucket_versioning.logs
}
