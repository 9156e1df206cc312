package iamrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/access/jsontree"
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// trusts runs the trust-policy rules over every role's trust policy.
func (c *cloudPass) trusts() {
	for _, m := range []struct{ typ, attr string }{
		{"aws_iam_role", "assume_role_policy"}, {"AWS::IAM::Role", "AssumeRolePolicyDocument"},
	} {
		for _, r := range c.set.OfType(m.typ) {
			if d, ok := c.document(r, m.attr, 0, r.Get(m.attr), "the trust policy of "+r.Label()); ok {
				c.report(CheckTrust(d, r.Address, ""))
			}
		}
	}
}

// resourcePolicyAttrs lists where resources keep their resource policy.
var resourcePolicyAttrs = []struct {
	attr  string
	types []string
}{
	{"policy", []string{
		"aws_s3_bucket_policy", "aws_s3_bucket", "aws_kms_key", "aws_sqs_queue_policy", "aws_sqs_queue",
		"aws_sns_topic_policy", "aws_sns_topic", "aws_ecr_repository_policy", "aws_secretsmanager_secret_policy",
		"aws_secretsmanager_secret",
	}},
	{"PolicyDocument", []string{"AWS::S3::BucketPolicy", "AWS::SQS::QueuePolicy", "AWS::SNS::TopicPolicy"}},
	{"KeyPolicy", []string{"AWS::KMS::Key"}},
	{"RepositoryPolicyText", []string{"AWS::ECR::Repository"}},
	{"ResourcePolicy", []string{"AWS::SecretsManager::ResourcePolicy"}},
}

// resourcePolicies runs the public-access rule over resource policies and Lambda permissions.
func (c *cloudPass) resourcePolicies() {
	for _, m := range resourcePolicyAttrs {
		for _, r := range c.set.OfType(m.types...) {
			if d, ok := c.document(r, m.attr, 0, r.Get(m.attr), "the policy of "+r.Label()); ok {
				c.report(CheckPublicResourcePolicy(d, r.Address))
			}
		}
	}
	for _, m := range []struct{ typ, principal, action, function, sourceArn, sourceAccount, org string }{
		{"aws_lambda_permission", "principal", "action", "function_name", "source_arn", "source_account", "principal_org_id"},
		{"AWS::Lambda::Permission", "Principal", "Action", "FunctionName", "SourceArn", "SourceAccount", "PrincipalOrgID"},
	} {
		for _, r := range c.set.OfType(m.typ) {
			if a, _ := r.Get(m.action).AsString(); strings.EqualFold(a, "lambda:InvokeFunctionUrl") {
				continue // a function URL's permission: config/lambda-function-url-public judges the URL
			}
			doc := lambdaPermission(r, m.principal, m.action, m.function, [][3]string{
				{m.sourceArn, "ArnLike", "aws:SourceArn"},
				{m.sourceAccount, "StringEquals", "aws:SourceAccount"},
				{m.org, "StringEquals", "aws:PrincipalOrgID"},
			})
			pol, err := iampolicy.FromNode(doc)
			if err != nil {
				continue // a permission without principal or action: nothing to judge
			}
			d := Document{Policy: pol, Name: r.Label(), Locate: modelLocator(r.Range.Path, r.Location())}
			c.report(CheckPublicResourcePolicy(d, r.Address))
		}
	}
}

// lambdaPermission writes a Lambda permission as the one-statement resource policy it adds to the
// function's policy: its principal, action and function, and a condition per source it names.
func lambdaPermission(r *resource.Resource, principal, action, function string, conds [][3]string) *jsontree.Node {
	obj := func(line int) *jsontree.Node {
		return &jsontree.Node{Kind: jsontree.Object, Pos: jsontree.Pos{Line: line}}
	}
	add := func(n *jsontree.Node, key string, x *jsontree.Node) {
		n.Keys = append(n.Keys, jsontree.Key{Name: key, Pos: x.Pos})
		n.Values = append(n.Values, x)
	}
	st := obj(r.Range.StartLine)
	add(st, "Effect", &jsontree.Node{Kind: jsontree.String, Text: "Allow", Pos: st.Pos})
	p := r.Get(principal)
	if s, ok := p.AsString(); ok && s != "*" {
		typ := "AWS"
		if !isAccountOrArn(s) {
			typ = "Service"
		}
		pn := obj(p.Range.StartLine)
		add(pn, typ, valueNode(p, 1))
		add(st, "Principal", pn)
	} else if p != nil {
		add(st, "Principal", valueNode(p, 1))
	}
	if a := r.Get(action); a != nil {
		add(st, "Action", valueNode(a, 1))
	}
	if f := r.Get(function); f != nil {
		add(st, "Resource", valueNode(f, 1))
	}
	var cond *jsontree.Node
	for _, c := range conds {
		v := r.Get(c[0])
		if v.IsNull() {
			continue
		}
		if cond == nil {
			cond = obj(v.Range.StartLine)
			add(st, "Condition", cond)
		}
		op := obj(v.Range.StartLine)
		add(op, c[2], valueNode(v, 1))
		add(cond, c[1], op)
	}
	doc := obj(r.Range.StartLine)
	add(doc, "Statement", &jsontree.Node{Kind: jsontree.Array, Items: []*jsontree.Node{st}, Pos: st.Pos})
	return doc
}

// isAccountOrArn tells an account principal (an id or an ARN) from a service principal.
func isAccountOrArn(s string) bool {
	if len(s) > 4 && s[:4] == "arn:" {
		return true
	}
	for _, ch := range s {
		if ch < '0' || ch > '9' {
			return false
		}
	}
	return s != ""
}
