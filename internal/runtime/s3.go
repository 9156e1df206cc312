package runtime

import (
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// S3 bucket facts shared by the CloudTrail bucket rules and the access logging rule.

var bucketTypes = []string{"aws_s3_bucket", "AWS::S3::Bucket"}

// bucketNames are the attributes holding a bucket's name.
var bucketNames = []string{"bucket", "BucketName"}

// bucketSide returns the v4 split resources of a bucket (aws_s3_bucket_logging ...) of a type.
func (p *pass) bucketSide(b *resource.Resource, types ...string) (rs []*resource.Resource, unsure bool) {
	return p.referrers(b, via{types: types, attr: []string{"bucket"}, names: bucketNames},
		via{types: types, attr: []string{"Bucket"}, names: bucketNames})
}

// bucketLogged reports whether server access logging is on for a bucket; unsure when it cannot be
// told.
func (p *pass) bucketLogged(b *resource.Resource) (logged, unsure bool) {
	if isCFN(b) {
		v := b.Get("LoggingConfiguration")
		return !v.IsNull() && !v.IsUnknown(), v.IsUnknown()
	}
	if v := b.Get("logging"); v.IsUnknown() {
		return false, true
	} else if !v.IsNull() && !emptyList(v) {
		return true, false
	}
	side, unsure := p.bucketSide(b, "aws_s3_bucket_logging")
	return len(side) > 0, unsure
}

// publicACLs are the canned ACLs that open a bucket to everyone (or every AWS account).
var publicACLs = []string{"public-read", "public-read-write", "authenticated-read", "PublicRead", "PublicReadWrite", "AuthenticatedRead"}

// publicGrantees are the grantee groups of a public grant.
var publicGrantees = []string{"http://acs.amazonaws.com/groups/global/AllUsers", "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"}

// bucketPublic explains how a bucket is public (a public ACL or a policy statement that allows
// anyone), with the value that makes it so; "" when it is not known to be.
func (p *pass) bucketPublic(b *resource.Resource) (why string, at *resource.Value) {
	ignoreACL, restrictPolicy := p.publicAccessBlocked(b)
	if !ignoreACL {
		if v := get(b, "acl", "AccessControl"); strIs(v, publicACLs...) {
			return "its ACL is " + str(v), v
		}
		acls, _ := p.bucketSide(b, "aws_s3_bucket_acl")
		for _, a := range acls {
			if v := a.Get("acl"); strIs(v, publicACLs...) {
				return "its ACL (" + a.Address + ") is " + str(v), v
			}
			for _, g := range a.All("access_control_policy", "grant", "grantee", "uri") {
				if strIs(g, publicGrantees...) {
					return "its ACL (" + a.Address + ") grants " + str(g), g
				}
			}
		}
	}
	if restrictPolicy {
		return "", nil
	}
	policies := []*resource.Value{b.Get("policy")}
	side, _ := p.referrers(b, via{types: []string{"aws_s3_bucket_policy"}, attr: []string{"bucket"}, names: bucketNames},
		via{types: []string{"AWS::S3::BucketPolicy"}, attr: []string{"Bucket"}, names: bucketNames})
	for _, s := range side {
		policies = append(policies, get(s, "policy", "PolicyDocument"))
	}
	for _, pol := range policies {
		if st := p.openStatement(b, pol); st != nil {
			return "its bucket policy allows anyone (Principal \"*\" without a condition)", st
		}
	}
	return "", nil
}

// publicAccessBlocked reports whether a public access block (the bucket's own or the account's, in
// the same root) neutralizes public ACLs and public policies.
func (p *pass) publicAccessBlocked(b *resource.Resource) (acl, policy bool) {
	var blocks []*resource.Value
	if isCFN(b) {
		blocks = append(blocks, b.Get("PublicAccessBlockConfiguration"))
	} else {
		side, _ := p.bucketSide(b, "aws_s3_bucket_public_access_block")
		for _, s := range side {
			blocks = append(blocks, s.Attrs)
		}
		for _, a := range p.inRoot(b.Root, "aws_s3_account_public_access_block") {
			blocks = append(blocks, a.Attrs)
		}
	}
	for _, blk := range blocks {
		if blk == nil {
			continue
		}
		acl = acl || isTrue(blk.Get("block_public_acls")) || isTrue(blk.Get("ignore_public_acls")) ||
			isTrue(blk.Get("BlockPublicAcls")) || isTrue(blk.Get("IgnorePublicAcls"))
		policy = policy || isTrue(blk.Get("block_public_policy")) || isTrue(blk.Get("restrict_public_buckets")) ||
			isTrue(blk.Get("BlockPublicPolicy")) || isTrue(blk.Get("RestrictPublicBuckets"))
	}
	return acl, policy
}

// openStatement returns an Allow statement of a policy document with a wildcard principal and no
// condition: a JSON string, a jsonencode() result, a CloudFormation object, or an
// aws_iam_policy_document data source the value refers to.
func (p *pass) openStatement(from *resource.Resource, policy *resource.Value) *resource.Value {
	if policy.IsNull() {
		return nil
	}
	if doc := policy.Decoded(); doc != nil {
		for _, st := range doc.Get("Statement").Elements() {
			if strIs(st.Get("Effect"), "Allow") && anyone(st.Get("Principal")) && st.Get("Condition").IsNull() {
				return policy
			}
		}
	}
	for _, d := range p.set.Targets(from, policy) {
		if !d.Data || d.Type != "aws_iam_policy_document" {
			continue
		}
		for _, st := range d.Get("statement").Elements() {
			if strIs(st.Get("effect"), "Deny") || !st.Get("condition").IsNull() && !emptyList(st.Get("condition")) {
				continue
			}
			for _, pr := range st.Get("principals").Elements() {
				ids, _ := pr.Get("identifiers").Strings()
				if (strIs(pr.Get("type"), "*", "AWS")) && slices.Contains(ids, "*") {
					return policy
				}
			}
		}
	}
	return nil
}

// anyone reports whether a policy principal is everyone: "*" or {"AWS": "*"}.
func anyone(v *resource.Value) bool {
	if s, ok := v.AsString(); ok {
		return s == "*"
	}
	ids, _ := v.Get("AWS").Strings()
	return slices.Contains(ids, "*")
}

// logBucketWords mark a bucket name as a log bucket's: one of its dash-, dot- or
// underscore-separated words.
var logBucketWords = map[string]bool{"log": true, "logs": true, "logging": true, "accesslogs": true,
	"auditlogs": true, "cloudtrail": true, "trail": true, "flowlogs": true, "audit": true}

// namedLikeLogs reports whether a bucket's name says it holds logs.
func namedLikeLogs(b *resource.Resource) bool {
	for _, n := range []string{str(get(b, "bucket", "BucketName")), b.Name} {
		for _, w := range strings.FieldsFunc(strings.ToLower(n), func(c rune) bool { return c == '-' || c == '_' || c == '.' }) {
			if logBucketWords[w] {
				return true
			}
		}
	}
	return false
}
