// Command access generates an input set for the access analyzers and reviews it, printing time,
// findings and peak memory: the Vigil side of bench/access/run.sh, until the vigil binary can be
// pointed at one area.
//
//	go run ./bench/access -gen DIR -n 2000   # write N RBAC manifests and N IAM policy files
//	go run ./bench/access -review DIR        # review DIR with the access analyzers
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"github.com/vigil-sec/vigil/internal/access/evidence"
	"github.com/vigil-sec/vigil/internal/access/iamrules"
	"github.com/vigil-sec/vigil/internal/access/rbac"
	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/engine"
	"github.com/vigil-sec/vigil/internal/iac/cloudrules"
	"github.com/vigil-sec/vigil/internal/iac/kubernetes"
	"github.com/vigil-sec/vigil/internal/workspace"
)

func main() {
	gen := flag.String("gen", "", "write the input set into this directory")
	n := flag.Int("n", 2000, "files of each kind to generate")
	review := flag.String("review", "", "review this directory")
	flag.Parse()
	var err error
	switch {
	case *gen != "":
		err = generate(*gen, *n)
	case *review != "":
		err = run(*review)
	default:
		err = fmt.Errorf("give -gen DIR or -review DIR")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "bench/access:", err)
		os.Exit(1)
	}
}

func run(dir string) error {
	start := time.Now()
	rep, err := engine.Review(context.Background(), engine.Config{
		Target: dir,
		// The Kubernetes and cloud analyzers build the shared models the RBAC and IAM rules read;
		// their own rules run too (there is no option to turn them off), so the time includes them.
		Analyzers: []analysis.Analyzer{kubernetes.New(), cloudrules.New(cloudrules.Options{Only: []string{"access/none"}}),
			iamrules.NewPolicyFiles(), rbac.New(), evidence.New(evidence.Options{})},
		Walk: workspace.Options{NoIgnore: true},
	})
	if err != nil {
		return err
	}
	took := time.Since(start)
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	fmt.Printf("vigil-access files=%d findings=%d skipped=%d seconds=%.3f maxrss_mb=%d\n",
		rep.Scope.Files, len(rep.Findings), len(rep.Skipped), took.Seconds(), ru.Maxrss/1024)
	return nil
}

const manifest = `apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: team-%[1]d-ops
rules:
  - apiGroups: [""]
    resources: ["secrets", "configmaps"]
    verbs: ["get", "list", "watch"]
  - apiGroups: [""]
    resources: ["pods/exec"]
    verbs: ["create"]
  - apiGroups: ["apps"]
    resources: ["deployments", "statefulsets"]
    verbs: ["get", "list", "patch", "update"]
  - apiGroups: ["rbac.authorization.k8s.io"]
    resources: ["clusterroles"]
    verbs: ["bind"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata:
  name: team-%[1]d-all
  namespace: team-%[1]d
rules:
  - apiGroups: ["*"]
    resources: ["*"]
    verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: team-%[1]d-admins
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
  - kind: ServiceAccount
    name: deployer
    namespace: team-%[1]d
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: team-%[1]d-default
  namespace: team-%[1]d
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: Role
  name: team-%[1]d-all
subjects:
  - kind: ServiceAccount
    name: default
`

const policy = `{
  "Version": "2012-10-17",
  "Statement": [
    {"Sid": "Deploy%[1]d", "Effect": "Allow", "Action": ["ec2:RunInstances", "ec2:Describe*", "s3:*"], "Resource": "*"},
    {"Sid": "Pass%[1]d", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::111122223333:role/app-%[1]d"},
    {"Sid": "Read%[1]d", "Effect": "Allow", "Action": ["secretsmanager:GetSecretValue"], "Resource": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:app-%[1]d-*"},
    {"Effect": "Deny", "Action": "s3:DeleteBucket", "Resource": "*"}
  ]
}
`

func generate(dir string, n int) error {
	for _, sub := range []string{"k8s", "policies"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			return err
		}
	}
	for i := range n {
		if err := os.WriteFile(filepath.Join(dir, "k8s", fmt.Sprintf("rbac-%05d.yaml", i)), fmt.Appendf(nil, manifest, i), 0o644); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "policies", fmt.Sprintf("policy-%05d.json", i)), fmt.Appendf(nil, policy, i), 0o644); err != nil {
			return err
		}
	}
	return nil
}
