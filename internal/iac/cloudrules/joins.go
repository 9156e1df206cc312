package cloudrules

import (
	"github.com/vigil-sec/vigil/internal/iac/resource"
)

// s3Join joins the AWS provider v4 split bucket resources (aws_s3_bucket_versioning,
// aws_s3_bucket_public_access_block ...) to their aws_s3_bucket through their bucket argument.
func s3Join(types ...string) resource.Join {
	return resource.Join{Types: types, Attr: []string{"bucket"}, NameAttr: []string{"bucket"}}
}

// cfnRefJoin joins CloudFormation resources of a type whose attr names the target with !Ref.
func cfnRefJoin(typ string, attr ...string) resource.Join {
	return resource.Join{Types: []string{typ}, Attr: attr}
}

// always accepts any joined resource.
func always(*resource.Resource) (bool, bool) { return true, true }

// ebsDefaultEncrypted reports whether the configuration turns on EBS encryption by default for the
// account (aws_ebs_encryption_by_default, whose enabled defaults to true), so volumes without an
// explicit setting are encrypted all the same.
func ebsDefaultEncrypted(c *Context, r *resource.Resource) bool {
	for _, d := range c.Set.OfType("aws_ebs_encryption_by_default") {
		if d.Root == r.Root && (d.Get("enabled") == nil || isTrue(d.Get("enabled"))) {
			return true
		}
	}
	return false
}

// inheritsStorage reports whether a database instance takes its storage settings from elsewhere:
// a read replica (from its source) or an Aurora member (from its cluster).
func inheritsStorage(_ *Context, r *resource.Resource) bool {
	for _, k := range []string{"replicate_source_db", "cluster_identifier", "SourceDBInstanceIdentifier", "DBClusterIdentifier", "SourceDBClusterIdentifier"} {
		if hasAttr(r, k) {
			return true
		}
	}
	return known(r, []string{"engine_mode"}, "serverless") || known(r, []string{"EngineMode"}, "serverless")
}

// publicMember matches the GCP members that mean anyone: allUsers and allAuthenticatedUsers.
func publicMember(v *resource.Value) bool {
	s, ok := v.AsString()
	return ok && (s == "allUsers" || s == "allAuthenticatedUsers")
}

// gcpPublicMembers reports the member or members of IAM member/binding resources that grant to
// anyone.
func gcpPublicMembers(c *Context, what string, types ...string) {
	for _, r := range c.Set.OfType(types...) {
		for _, key := range []string{"member", "members"} {
			for _, v := range r.Get(key).Elements() {
				if publicMember(v) {
					role, _ := r.Get("role").AsString()
					c.Report(r, v, r.Label()+": grants "+role+" on "+what+" to "+v.Str)
				}
			}
		}
	}
}

// openRange matches a known source range that means anyone.
func openRange(v *resource.Value) bool { s, ok := v.AsString(); return ok && isOpen(s) }
