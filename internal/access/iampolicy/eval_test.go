package iampolicy

import (
	"testing"
)

func mustParse(t *testing.T, src string) *Policy {
	t.Helper()
	p, err := Parse([]byte(src))
	if err != nil {
		t.Fatalf("Parse: %v\n%s", err, src)
	}
	return p
}

func TestDecide(t *testing.T) {
	p := mustParse(t, `{"Version": "2012-10-17", "Statement": [
	  {"Effect": "Allow", "Action": ["s3:Get*", "S3:LIST*"], "Resource": ["arn:aws:s3:::data", "arn:aws:s3:::data/*"]},
	  {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "NotResource": "arn:aws:s3:::secret/*"},
	  {"Effect": "Deny", "NotAction": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "false"}}},
	  {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"},
	  {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "*", "Condition": {"StringEquals": {"kms:ViaService": "s3.us-east-1.amazonaws.com"}}}
	]}`)
	s := NewSet(p)
	for _, c := range []struct {
		action, resource string
		want             Decision
	}{
		{"s3:GetObject", "arn:aws:s3:::data/report.csv", Allowed},
		{"s3:listbucket", "arn:aws:s3:::data", Allowed}, // case-insensitive action
		// NotResource: the second statement allows s3 everywhere except the secret bucket, and the
		// first does not name it either.
		{"s3:GetObject", "arn:aws:s3:::secret/key", ImplicitDeny},
		{"s3:PutObject", "arn:aws:s3:::other/key", Allowed},
		// NotAction with Allow leaves iam out ...
		{"iam:CreateUser", "*", ImplicitDeny},
		// ... and the conditional Deny with NotAction makes everything but s3 conditional.
		{"ec2:RunInstances", "*", ConditionallyAllowed},
		{"s3:DeleteBucket", "arn:aws:s3:::data", ExplicitDeny},
		{"kms:Decrypt", "arn:aws:kms:us-east-1:123456789012:key/abc", ConditionallyAllowed},
	} {
		if got := s.Decide(c.action, c.resource); got != c.want {
			t.Errorf("Decide(%s, %s) = %v, want %v", c.action, c.resource, got, c.want)
		}
	}
}

func TestGrantDenies(t *testing.T) {
	p := mustParse(t, `{"Statement": [
	  {"Sid": "All", "Effect": "Allow", "Action": "*", "Resource": "*"},
	  {"Sid": "NoIAM", "Effect": "Deny", "Action": "iam:*", "Resource": "*"},
	  {"Sid": "NoProdKeys", "Effect": "Deny", "Action": "kms:*", "Resource": "arn:aws:kms:*:*:key/prod-*"},
	  {"Sid": "NoUnsafeS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}
	]}`)
	s := NewSet(p)
	if g := s.Grant("iam:PassRole"); g.Allowed() {
		t.Errorf("unconditional deny of iam:* on * must remove the grant: %+v", g)
	}
	g := s.Grant("kms:Decrypt")
	if !g.Allowed() || !g.Unconditional() || g.OnAllResources() || !g.Allowances[0].PartlyDenied {
		t.Errorf("a deny on some keys leaves the others: %+v", g)
	}
	g = s.Grant("s3:GetObject")
	if !g.Allowed() || g.Unconditional() || len(g.Denials) != 1 {
		t.Errorf("a conditional deny makes the grant conditional: %+v", g)
	}
	if g := s.Grant("ec2:RunInstances"); !g.OnAllResources() || !g.Unconditional() {
		t.Errorf("ec2 stays fully allowed: %+v", g)
	}
}

func TestGrantNotActionDeny(t *testing.T) {
	// Deny with NotAction: everything except the listed actions is denied.
	p := mustParse(t, `{"Statement": [
	  {"Effect": "Allow", "Action": ["iam:*", "s3:*"], "Resource": "*"},
	  {"Effect": "Deny", "NotAction": ["s3:*", "iam:Get*", "iam:List*"], "Resource": "*"}
	]}`)
	s := NewSet(p)
	for action, want := range map[string]bool{
		"iam:PutUserPolicy": false, "iam:GetRole": true, "iam:ListUsers": true, "s3:PutObject": true,
	} {
		if got := s.Grant(action).Allowed(); got != want {
			t.Errorf("Grant(%s).Allowed() = %v, want %v", action, got, want)
		}
	}
}

func TestGrantDenyOnNotResource(t *testing.T) {
	// Deny with NotResource: everything but one role is denied, so PassRole survives only on it.
	p := mustParse(t, `{"Statement": [
	  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": ["arn:aws:iam::123456789012:role/app", "arn:aws:iam::123456789012:role/admin"]},
	  {"Effect": "Allow", "Action": "iam:GetRole", "Resource": "arn:aws:iam::123456789012:role/app"},
	  {"Effect": "Deny", "Action": ["iam:PassRole", "iam:GetRole"], "NotResource": "arn:aws:iam::123456789012:role/app"}
	]}`)
	s := NewSet(p)
	if g := s.Grant("iam:PassRole"); !g.Allowed() || !g.Allowances[0].PartlyDenied {
		t.Errorf("PassRole must survive, partly denied: %+v", g)
	}
	if g := s.Grant("iam:GetRole"); !g.Allowed() || g.Allowances[0].PartlyDenied {
		t.Errorf("GetRole on the excepted role is untouched: %+v", g)
	}
	if d := s.Decide("iam:PassRole", "arn:aws:iam::123456789012:role/admin"); d != ExplicitDeny {
		t.Errorf("PassRole on admin = %v", d)
	}
}

func TestBoundary(t *testing.T) {
	p := mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`)
	b := mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": ["s3:*", "cloudwatch:*"], "Resource": "*"}]}`)
	s := Set{Policies: []*Policy{p}, Boundary: []*Policy{b}}
	if s.Grant("iam:CreateUser").Allowed() {
		t.Error("the boundary must cap iam")
	}
	if !s.Grant("s3:GetObject").OnAllResources() {
		t.Error("s3 is inside the boundary")
	}
	if d := s.Decide("iam:CreateUser", "*"); d != ImplicitDeny {
		t.Errorf("Decide under boundary = %v", d)
	}
}

func TestResourcePolicyStatementsAreNotIdentityGrants(t *testing.T) {
	p := mustParse(t, `{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}]}`)
	if NewSet(p).Grant("s3:GetObject").Allowed() {
		t.Error("a statement with a Principal belongs to a resource policy")
	}
}

func TestConditions(t *testing.T) {
	p := mustParse(t, `{"Statement": [{"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"},
	  "Action": "sts:AssumeRoleWithWebIdentity",
	  "Condition": {
	    "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
	    "ForAnyValue:StringLikeIfExists": {"TOKEN.actions.githubusercontent.com:SUB": ["repo:org/*", "repo:org/app:ref:refs/heads/main"]},
	    "StringNotEquals": {"aws:PrincipalOrgID": "o-abc"}
	  }}]}`)
	conds := p.Statements[0].Conditions
	subs := Find(conds, "token.actions.githubusercontent.com:sub")
	if len(subs) != 1 {
		t.Fatalf("condition keys are case-insensitive: %+v", conds)
	}
	c := subs[0]
	if c.Base != "StringLike" || c.Set != "ForAnyValue" || !c.IfExists || len(c.Values) != 2 || c.Negated() {
		t.Errorf("parsed %+v", c)
	}
	if org := Find(conds, "aws:principalorgid"); len(org) != 1 || !org[0].Negated() || !org[0].Matching() {
		t.Errorf("negated operator: %+v", org)
	}
	if !p.Statements[0].AllResources() {
		t.Error("a trust statement without Resource applies to the role itself (all resources)")
	}
}

func TestCatalog(t *testing.T) {
	c := Actions()
	for _, svc := range []string{"iam", "kms", "s3", "secretsmanager", "sts", "ec2", "lambda", "glue", "cloudformation", "ssm", "ecs", "codebuild", "datapipeline", "sagemaker"} {
		if len(c.Service(svc)) < 5 {
			t.Errorf("catalog has %d actions for %s", len(c.Service(svc)), svc)
		}
	}
	a, ok := c.Lookup("IAM:passrole")
	if !ok || a.Name != "PassRole" || !a.Level.Has(LevelWrite) {
		t.Errorf("Lookup = %+v %v", a, ok)
	}
	if a, _ := c.Lookup("iam:PutUserPolicy"); !a.Level.Has(LevelPermissions) {
		t.Errorf("PutUserPolicy level = %v", a.Level)
	}
	puts := c.Expand("iam:Put*Policy")
	if len(puts) < 3 {
		t.Errorf("Expand(iam:Put*Policy) = %v", puts)
	}
	for _, a := range puts {
		if a.Service != "iam" {
			t.Errorf("expanded outside the service: %v", a)
		}
	}
	if n := len(c.Expand("*:GetSecretValue")); n != 1 {
		t.Errorf("*:GetSecretValue expands to %d actions", n)
	}
	if c.Source == "" {
		t.Error("catalog provenance line missing")
	}
	all := c.Allowed(NewSet(mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": ["sts:Assume*", "s3:GetObject"], "Resource": "*"},
	  {"Effect": "Deny", "Action": "sts:AssumeRoot", "Resource": "*"}]}`)))
	names := map[string]bool{}
	for _, g := range all {
		names[g.Action] = true
	}
	if !names["s3:GetObject"] || !names["sts:AssumeRole"] || names["sts:AssumeRoot"] || names["s3:PutObject"] {
		t.Errorf("Allowed = %v", names)
	}
	if got := c.AllowedIn(NewSet(mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": "sts:Assume*", "Resource": "*"}]}`)), "sts"); len(got) < 3 {
		t.Errorf("AllowedIn sts = %d grants", len(got))
	}
}

func BenchmarkGrantCatalog(b *testing.B) {
	p, _ := Parse([]byte(`{"Statement": [
	  {"Effect": "Allow", "NotAction": ["iam:*", "organizations:*", "account:*"], "Resource": "*"},
	  {"Effect": "Allow", "Action": ["iam:Get*", "iam:List*", "iam:PassRole"], "Resource": "arn:aws:iam::123456789012:role/app-*"},
	  {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
	]}`))
	s := NewSet(p)
	c := Actions()
	for b.Loop() {
		for _, svc := range []string{"iam", "s3", "kms"} {
			c.AllowedIn(s, svc)
		}
	}
}

func TestCoversService(t *testing.T) {
	for res, want := range map[string]bool{
		`"*"`:                                    true,
		`"arn:aws:s3:::*"`:                       true,
		`"arn:aws:iam::123456789012:*"`:          true,
		`"arn:*:iam::*:*"`:                       true,
		`"arn:aws:*:*:*:*"`:                      true,
		`"arn:aws:iam::123456789012:role/*"`:     false,
		`"arn:aws:s3:::app-*"`:                   false,
		`"arn:aws:ec2:*:*:*"`:                    false,
		`["arn:aws:s3:::a", "arn:aws:iam::1:*"]`: true,
	} {
		p := mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": `+res+`}]}`)
		if got := p.Statements[0].CoversService("iam"); got != want && res != `"arn:aws:s3:::*"` {
			t.Errorf("CoversService(iam) over %s = %v, want %v", res, got, want)
		}
		if res == `"arn:aws:s3:::*"` && (!p.Statements[0].CoversService("s3") || p.Statements[0].CoversService("iam")) {
			t.Errorf("arn:aws:s3:::* covers s3 and only s3")
		}
	}
	p := mustParse(t, `{"Statement": [{"Effect": "Allow", "Action": "iam:*", "NotResource": "arn:aws:iam::1:role/admin"}]}`)
	if p.Statements[0].CoversService("iam") {
		t.Error("NotResource always leaves something out")
	}
}
