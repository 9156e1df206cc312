package iamrules

import (
	"strings"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
)

// limitingKeys are the condition keys that pin down who may call, or from where: a statement
// open to "*" with one of them (tested for a match, with a specific value) is not open to the world.
var limitingKeys = []string{
	"aws:SourceArn", "aws:SourceAccount", "aws:SourceOwner", "aws:SourceOrgID", "aws:SourceOrgPaths",
	"aws:PrincipalOrgID", "aws:PrincipalOrgPaths", "aws:PrincipalAccount", "aws:PrincipalArn",
	"aws:PrincipalServiceName", "aws:userid", "aws:username", "aws:SourceIp", "aws:SourceVpc", "aws:SourceVpce",
	"aws:VpcSourceIp", "kms:CallerAccount", "s3:DataAccessPointAccount", "s3:DataAccessPointArn",
	"lambda:FunctionArn", "sns:Endpoint",
}

func isLimitingKey(key string) bool {
	for _, k := range limitingKeys {
		if strings.EqualFold(k, key) {
			return true
		}
	}
	return false
}

// limitsWho reports whether an Allow statement's conditions restrict the callers: a limiting key
// tested for a match (not a mismatch, not IfExists, which passes when the key is absent) with a
// value that is not a bare wildcard.
func limitsWho(conds []iampolicy.Condition) bool {
	for _, c := range conds {
		if isLimitingKey(c.Key) && c.Matching() && !c.Negated() && !c.IfExists && !c.HasWildcardValue() && c.Set != "ForAllValues" {
			return true
		}
	}
	return false
}

// deniedOutside reports whether the policy has a Deny for everyone, covering the allow statement's
// actions, that applies unless a limiting key matches (StringNotEquals aws:PrincipalOrgID ...):
// the usual way to fence a public Allow.
func deniedOutside(p *iampolicy.Policy, allow *iampolicy.Statement) bool {
	for _, d := range p.Statements {
		if d.Effect != iampolicy.Deny || !d.Principal.Everyone() || d.NotPrincipal {
			continue
		}
		fenced := false
		for _, c := range d.Conditions {
			if isLimitingKey(c.Key) && c.Negated() && c.Matching() && !c.HasWildcardValue() {
				fenced = true
			}
		}
		if !fenced {
			continue
		}
		all := true
		for _, a := range allow.Actions {
			if allow.NotAction || a.Unresolved || !d.AppliesToAction(a.Text) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}
