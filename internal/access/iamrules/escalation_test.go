package iamrules

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/vigil-sec/vigil/internal/access/iampolicy"
	"github.com/vigil-sec/vigil/internal/finding"
)

// policyOf builds an identity policy that allows exactly the given actions on all resources.
func policyOf(t *testing.T, actions ...string) Identity {
	t.Helper()
	doc, _ := json.Marshal(map[string]any{"Version": "2012-10-17", "Statement": []any{
		map[string]any{"Effect": "Allow", "Action": actions, "Resource": "*"},
	}})
	p, err := iampolicy.Parse(doc)
	if err != nil {
		t.Fatal(err)
	}
	return Identity{Name: "test", Documents: []Document{{Policy: p, Name: "test.json", Locate: FileLocator("test.json")}}}
}

func TestEscalationPaths(t *testing.T) {
	if len(Paths) < 15 {
		t.Fatalf("only %d escalation paths", len(Paths))
	}
	cat := iampolicy.Actions()
	seen := map[string]bool{}
	for _, p := range Paths {
		if seen[p.ID] {
			t.Errorf("duplicate path id %s", p.ID)
		}
		seen[p.ID] = true
		var first []string
		for _, alts := range p.Steps {
			for _, a := range alts {
				if _, ok := cat.Lookup(a); !ok {
					t.Errorf("%s: %s is not in the action catalog", p.ID, a)
				}
			}
			first = append(first, alts[0])
		}
		t.Run(p.ID, func(t *testing.T) {
			if !hasPath(CheckPrivilegeEscalation(policyOf(t, first...)), p.ID) {
				t.Errorf("granting %v does not report %s", first, p.ID)
			}
			// Every step is needed: drop one and the path is gone.
			for i := range first {
				rest := append(append([]string{}, first[:i]...), first[i+1:]...)
				if len(rest) > 0 && hasPath(CheckPrivilegeEscalation(policyOf(t, rest...)), p.ID) {
					t.Errorf("without %s, %s is still reported", first[i], p.ID)
				}
			}
		})
	}
}

func hasPath(fs []finding.Finding, id string) bool {
	for _, f := range fs {
		if f.Properties["path"] == id {
			return true
		}
	}
	return false
}

func TestEscalationAlternativesAndWildcards(t *testing.T) {
	fs := CheckPrivilegeEscalation(policyOf(t, "iam:PassRole", "ecs:Register*", "ecs:CreateService"))
	if !hasPath(fs, "passrole-ecs") {
		t.Errorf("ecs:CreateService is an alternative last step: %v", fs)
	}
	for _, f := range fs {
		if f.Properties["path"] == "passrole-ecs" {
			if len(f.Related) != 3 || f.Related[2].Label != "ecs:CreateService is granted here" {
				t.Errorf("related = %+v", f.Related)
			}
		}
	}
	if got := CheckIdentity(policyOf(t, "iam:*")); len(got) != 1 || got[0].RuleID != AdminEquivalent.ID {
		t.Errorf("iam:* is one admin finding, not a list of paths: %v", got)
	}
}

func TestCheckDocumentRoutesByKind(t *testing.T) {
	for src, want := range map[string]string{
		`{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sts:AssumeRole"}]}`:                      TrustAnyPrincipal.ID,
		`{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish", "Resource": "*"}]}`:        PublicResourcePolicy.ID,
		`{"Statement": [{"Effect": "Allow", "Principal": "*", "NotAction": "s3:DeleteBucket", "Resource": "*"}]}`: PublicResourcePolicy.ID,
		`{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}`:                                    AdminEquivalent.ID,
	} {
		p, err := iampolicy.Parse([]byte(src))
		if err != nil {
			t.Fatal(err)
		}
		got := CheckDocument(Document{Policy: p, Name: "x", Locate: FileLocator("x")}, "x")
		if len(got) != 1 || got[0].RuleID != want {
			t.Errorf("%s: got %v, want one %s", src, got, want)
		}
	}
}

func ExampleCheckPrivilegeEscalation() {
	p, _ := iampolicy.Parse([]byte(`{"Statement": [
	  {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"}]}`))
	id := Identity{Name: "aws_iam_role.ci", Documents: []Document{{Policy: p, Name: "ci.json", Locate: FileLocator("ci.json")}}}
	for _, f := range CheckPrivilegeEscalation(id) {
		fmt.Println(f.Subject, len(f.Related))
	}
	// Output: aws_iam_role.ci#passrole-ec2 2
}

func TestPassedToService(t *testing.T) {
	for cond, want := range map[string]bool{
		`{"StringEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}`:                                 true,
		`{"StringLike": {"iam:PassedToService": "ec2.*"}}`:                                               true,
		`{"StringEquals": {"iam:PassedToService": ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com"]}}`: false,
		`{"StringNotEquals": {"iam:PassedToService": "ec2.amazonaws.com"}}`:                              false,
		`{"StringNotEquals": {"iam:PassedToService": "lambda.amazonaws.com"}}`:                           true,
		`{"StringEqualsIfExists": {"iam:PassedToService": "lambda.amazonaws.com"}}`:                      true,
		`{"StringEquals": {"aws:RequestedRegion": "eu-west-1"}}`:                                         true,
	} {
		p, err := iampolicy.Parse([]byte(`{"Statement": [{"Effect": "Allow", "Action": "ec2:RunInstances", "Resource": "*"},
		  {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*", "Condition": ` + cond + `}]}`))
		if err != nil {
			t.Fatal(err)
		}
		id := Identity{Name: "t", Documents: []Document{{Policy: p, Locate: FileLocator("t.json")}}}
		if got := hasPath(CheckPrivilegeEscalation(id), "passrole-ec2"); got != want {
			t.Errorf("condition %s: passrole-ec2 reported = %v, want %v", cond, got, want)
		}
	}
}
