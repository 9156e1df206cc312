package iampolicy

import "testing"

func TestMatchAction(t *testing.T) {
	for _, c := range []struct {
		pattern, action string
		want            bool
	}{
		{"*", "iam:PassRole", true},
		{"iam:*", "iam:PassRole", true},
		{"IAM:passrole", "iam:PassRole", true}, // actions are case-insensitive
		{"iam:Pass*", "iam:PASSROLE", true},
		{"iam:Pass*", "iam:GetRole", false},
		{"s3:Get?bject", "s3:GetObject", true},
		{"s3:Get?bject", "s3:GetObjectAcl", false},
		{"s3:Get?", "s3:Get", false}, // ? is exactly one character
		{"ec2:*Instances", "ec2:RunInstances", true},
		{"ec2:*Instances", "ec2:RunInstance", false},
		{"*:Get*", "kms:GetKeyPolicy", true},
		{"iam:*Policy*", "iam:PutRolePolicy", true},
		{"iam:PassRole", "iam:PassRoles", false},
		{"", "iam:PassRole", false},
	} {
		if got := MatchAction(c.pattern, c.action); got != c.want {
			t.Errorf("MatchAction(%q, %q) = %v, want %v", c.pattern, c.action, got, c.want)
		}
	}
}

func TestMatchResource(t *testing.T) {
	for _, c := range []struct {
		pattern, arn string
		want         bool
	}{
		{"*", "arn:aws:s3:::bucket/key", true},
		{"arn:aws:s3:::bucket/*", "arn:aws:s3:::bucket/a/b/c", true}, // * crosses slashes
		{"arn:aws:s3:::Bucket/*", "arn:aws:s3:::bucket/a", false},    // resources are case-sensitive
		{"arn:aws:iam::123456789012:user/*", "arn:aws:iam::123456789012:user/division/bob", true},
		// A * inside a segment stays in the segment; one ending a segment may cross colons.
		{"arn:aws:logs:*:123456789012:log-group:app*", "arn:aws:logs:us-east-1:123456789012:log-group:app:log-stream:x", true},
		{"arn:aws:logs:us-*-1:123456789012:*", "arn:aws:logs:us-east-1:123456789012:log-group:x", true},
		{"arn:aws:logs:us-*1:123456789012:*", "arn:aws:logs:us-east-1:extra:1:123456789012:x", false},
		{"arn:aws:iam::12345678901?:role/x", "arn:aws:iam::123456789012:role/x", true},
		{"arn:aws:iam::12345678901?:role/x", "arn:aws:iam::12345678901:role/x", false},
		{"arn:aws:iam::?23456789012:role/x", "arn:aws:iam:::23456789012:role/x", false}, // ? never matches a colon
		// Policy variables match any value in their segment; ${*} is a literal star.
		{"arn:aws:iam::123456789012:user/${aws:username}", "arn:aws:iam::123456789012:user/alice", true},
		{"arn:aws:s3:::b/${*}", "arn:aws:s3:::b/*", true},
		{"arn:aws:s3:::b/${*}", "arn:aws:s3:::b/x", false},
		{"arn:aws:s3:::b.c", "arn:aws:s3:::bxc", false}, // regexp metacharacters are literal
		{"arn:aws:s3:::b\xff*", "arn:aws:s3:::b\xffx", false},
	} {
		if got := MatchResource(c.pattern, c.arn); got != c.want {
			t.Errorf("MatchResource(%q, %q) = %v, want %v", c.pattern, c.arn, got, c.want)
		}
	}
}

func FuzzGlob(f *testing.F) {
	f.Add("iam:*Pol?cy*", "iam:PutRolePolicy")
	f.Add("a*b*c*d", "aXbYcZd")
	f.Fuzz(func(t *testing.T, p, s string) {
		got := globFold(p, s)
		if p == s && !got {
			t.Fatalf("globFold(%q, %q) is false for identical strings", p, s)
		}
		if p == "*" && !got {
			t.Fatalf("* does not match %q", s)
		}
		MatchResource(p, s)
	})
}
