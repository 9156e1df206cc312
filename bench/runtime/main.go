// Command runtimebench generates a deterministic tree of Terraform root modules that define what
// coverage rules look at (trails, detectors, VPCs, buckets, load balancers, databases, clusters),
// some logged and some not, or of self-managed Kubernetes clusters (kube-apiserver static pods,
// kubeadm configurations, node agents, some audited and some not), and reviews it with the cloud,
// Kubernetes and runtime analyzers through engine.Review, for bench/runtime/run.sh to compare with
// trivy config.
//
//	go run ./bench/runtime gen -out DIR -roots 200
//	go run ./bench/runtime gen-k8s -out DIR -clusters 500
//	go run ./bench/runtime review DIR
package main

import (
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	if len(os.Args) < 3 {
		fmt.Fprintln(os.Stderr, "usage: runtimebench gen -out DIR [-roots N] | gen-k8s -out DIR [-clusters N]")
		os.Exit(2)
	}
	var err error
	switch os.Args[1] {
	case "gen":
		fs := flag.NewFlagSet("gen", flag.ExitOnError)
		out := fs.String("out", "", "directory to write (emptied first)")
		roots := fs.Int("roots", 200, "number of root modules (5 files each)")
		fs.Parse(os.Args[2:])
		err = generate(*out, *roots)
	case "gen-k8s":
		fs := flag.NewFlagSet("gen-k8s", flag.ExitOnError)
		out := fs.String("out", "", "directory to write (emptied first)")
		clusters := fs.Int("clusters", 500, "number of clusters (3 files each)")
		fs.Parse(os.Args[2:])
		err = generateK8s(*out, *clusters)
	default:
		err = fmt.Errorf("unknown command %q", os.Args[1])
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "runtimebench:", err)
		os.Exit(1)
	}
}

// generate writes roots root modules: an account baseline (trail, detector, recorder) in every
// tenth, and in each a VPC, buckets, a load balancer, a database and a cluster, logged or not at
// random (fixed seed).
func generate(out string, roots int) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(1, 2))
	on := func() bool { return rng.IntN(2) == 0 }
	for r := range roots {
		dir := filepath.Join(out, fmt.Sprintf("stack%04d", r))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		files := map[string]string{
			"main.tf":     "provider \"aws\" {\n  region = \"eu-west-1\"\n}\n",
			"network.tf":  network(r, on()),
			"storage.tf":  storage(r, on(), on()),
			"compute.tf":  compute(r, on(), on(), on()),
			"baseline.tf": "",
		}
		if r%10 == 0 {
			files["baseline.tf"] = baseline(r, on(), on())
		}
		for name, src := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

func network(r int, flowLogs bool) string {
	s := fmt.Sprintf("resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.%d.0.0/16\"\n}\n", r%250)
	if flowLogs {
		s += "resource \"aws_flow_log\" \"main\" {\n  vpc_id          = aws_vpc.main.id\n  traffic_type    = \"ALL\"\n  log_destination = aws_s3_bucket.logs.arn\n  log_destination_type = \"s3\"\n}\n"
	}
	return s
}

func storage(r int, logged, exports bool) string {
	s := fmt.Sprintf("resource \"aws_s3_bucket\" \"logs\" {\n  bucket = \"stack%d-logs\"\n}\n", r)
	for i := range 3 {
		s += fmt.Sprintf("resource \"aws_s3_bucket\" \"data%d\" {\n  bucket = \"stack%d-data%d\"\n}\n", i, r, i)
		if logged {
			s += fmt.Sprintf("resource \"aws_s3_bucket_logging\" \"data%d\" {\n  bucket        = aws_s3_bucket.data%d.id\n  target_bucket = aws_s3_bucket.logs.id\n}\n", i, i)
		}
	}
	s += "resource \"aws_db_instance\" \"main\" {\n  engine         = \"postgres\"\n  instance_class = \"db.t4g.medium\"\n"
	if exports {
		s += "  enabled_cloudwatch_logs_exports = [\"postgresql\"]\n"
	}
	return s + "}\n"
}

func compute(r int, lbLogs, eksLogs, falco bool) string {
	s := fmt.Sprintf("resource \"aws_lb\" \"web\" {\n  name    = \"web%d\"\n  subnets = [\"subnet-1\", \"subnet-2\"]\n", r)
	if lbLogs {
		s += "  access_logs {\n    bucket  = aws_s3_bucket.logs.id\n    enabled = true\n  }\n"
	}
	s += "}\n" + fmt.Sprintf("resource \"aws_eks_cluster\" \"main\" {\n  name     = \"c%d\"\n  role_arn = \"arn:aws:iam::111122223333:role/eks\"\n", r)
	if eksLogs {
		s += "  enabled_cluster_log_types = [\"api\", \"audit\", \"authenticator\"]\n"
	}
	s += "  vpc_config {\n    subnet_ids = [\"subnet-1\"]\n  }\n}\n"
	if falco {
		s += "resource \"helm_release\" \"falco\" {\n  name       = \"falco\"\n  repository = \"https://falcosecurity.github.io/charts\"\n  chart      = \"falco\"\n}\n"
	}
	return s
}

func baseline(r int, validated, detector bool) string {
	s := fmt.Sprintf("resource \"aws_iam_account_alias\" \"a\" {\n  account_alias = \"acct%d\"\n}\n", r)
	s += "resource \"aws_cloudtrail\" \"account\" {\n  name           = \"account\"\n  s3_bucket_name = aws_s3_bucket.logs.id\n  is_multi_region_trail = true\n"
	if validated {
		s += "  enable_log_file_validation = true\n"
	}
	s += "}\n"
	if detector {
		s += "resource \"aws_guardduty_detector\" \"main\" {\n  enable = true\n}\n"
	}
	return s
}

// generateK8s writes clusters self-managed clusters: a kube-apiserver static pod, a kubeadm
// ClusterConfiguration and node agents (a log shipper DaemonSet, and Falco in half of them), the
// API server audited or not at random (fixed seed).
func generateK8s(out string, clusters int) error {
	if out == "" {
		return fmt.Errorf("-out is required")
	}
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for c := range clusters {
		dir := filepath.Join(out, fmt.Sprintf("cluster%04d", c))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
		audit := ""
		if rng.IntN(2) == 0 {
			audit = "\n        - --audit-policy-file=/etc/kubernetes/audit-policy.yaml\n        - --audit-log-path=/var/log/kubernetes/audit.log"
		}
		files := map[string]string{
			"kube-apiserver.yaml": fmt.Sprintf(staticPod, audit),
			"kubeadm.yaml":        fmt.Sprintf(kubeadmConfig, c, strings.ReplaceAll(strings.ReplaceAll(audit, "        - --", "    "), "=", ": ")),
			"agents.yaml":         fmt.Sprintf(agent, "fluent-bit", "cr.fluentbit.io/fluent/fluent-bit:4.0.3"),
		}
		if rng.IntN(2) == 0 {
			files["agents.yaml"] += "---\n" + fmt.Sprintf(agent, "falco", "docker.io/falcosecurity/falco:0.41.3")
		}
		for name, src := range files {
			if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

const staticPod = `apiVersion: v1
kind: Pod
metadata:
  name: kube-apiserver
  namespace: kube-system
spec:
  hostNetwork: true
  containers:
    - name: kube-apiserver
      image: registry.k8s.io/kube-apiserver:v1.33.2
      command:
        - kube-apiserver
        - --advertise-address=10.0.0.10
        - --authorization-mode=Node,RBAC
        - --anonymous-auth=false
        - --profiling=false%s
`

const kubeadmConfig = `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
clusterName: cluster%04d
apiServer:
  extraArgs:
    authorization-mode: Node,RBAC%s
`

const agent = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: %[1]s
  namespace: kube-system
spec:
  selector:
    matchLabels:
      app: %[1]s
  template:
    metadata:
      labels:
        app: %[1]s
    spec:
      containers:
        - name: %[1]s
          image: %[2]s
          resources:
            limits: {cpu: 200m, memory: 256Mi}
`
