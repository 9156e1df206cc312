// Command gen writes a synthetic tree of Kubernetes manifests and Dockerfiles for the container
// benchmark: realistic shapes (Deployments, StatefulSets, DaemonSets, CronJobs, Services,
// Ingresses, ConfigMaps, multi-document files) with a deterministic mix of good and bad settings.
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
	out := flag.String("out", "", "directory to write (replaced)")
	manifests := flag.Int("manifests", 5000, "manifest files")
	dockerfiles := flag.Int("dockerfiles", 500, "Dockerfiles")
	flag.Parse()
	if *out == "" {
		fmt.Fprintln(os.Stderr, "usage: gen -out DIR [-manifests N] [-dockerfiles N]")
		os.Exit(2)
	}
	if err := generate(*out, *manifests, *dockerfiles); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func generate(out string, nm, nd int) error {
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	r := rand.New(rand.NewPCG(1, 2))
	for i := range nm {
		ns := fmt.Sprintf("team-%d", i%40)
		var docs []string
		docs = append(docs, workload(r, i, ns))
		if r.IntN(2) == 0 {
			docs = append(docs, service(r, i, ns))
		}
		if r.IntN(4) == 0 {
			docs = append(docs, ingress(r, i, ns))
		}
		if r.IntN(5) == 0 {
			docs = append(docs, configMap(r, i, ns))
		}
		p := filepath.Join(out, "k8s", ns, fmt.Sprintf("app-%04d.yaml", i))
		if err := write(p, strings.Join(docs, "---\n")); err != nil {
			return err
		}
	}
	for i := range nd {
		p := filepath.Join(out, "services", fmt.Sprintf("svc-%03d", i), "Dockerfile")
		if err := write(p, dockerfile(r, i)); err != nil {
			return err
		}
	}
	return nil
}

func write(p, content string) error {
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(content), 0o644)
}

func pick[T any](r *rand.Rand, xs ...T) T { return xs[r.IntN(len(xs))] }

var images = []string{"nginx:1.27.3", "nginx:latest", "redis:6.2", "postgres:15.8", "node:18-alpine", "python:3.12-slim",
	"ghcr.io/acme/api:2.4.1", "ghcr.io/acme/worker", "busybox:1.36", "registry.example.com/shop/app:3.1.0@sha256:" + strings.Repeat("ab", 32)}

func workload(r *rand.Rand, i int, ns string) string {
	kind := pick(r, "Deployment", "Deployment", "Deployment", "StatefulSet", "DaemonSet", "CronJob", "Job", "Pod")
	var b strings.Builder
	api := map[string]string{"Pod": "v1", "Job": "batch/v1", "CronJob": "batch/v1"}[kind]
	if api == "" {
		api = "apps/v1"
	}
	fmt.Fprintf(&b, "apiVersion: %s\nkind: %s\nmetadata:\n  name: app-%d\n  namespace: %s\n  labels: {app: app-%d, tier: %s}\n", api, kind, i, ns, i, pick(r, "web", "api", "data"))
	ind := "      "
	switch kind {
	case "Pod":
		b.WriteString("spec:\n")
		ind = "  "
	case "CronJob":
		b.WriteString("spec:\n  schedule: '*/5 * * * *'\n  jobTemplate:\n    spec:\n      template:\n        metadata:\n          labels: {app: app}\n        spec:\n")
		ind = "          "
	default:
		fmt.Fprintf(&b, "spec:\n  replicas: %d\n  selector:\n    matchLabels: {app: app-%d}\n  template:\n    metadata:\n      labels: {app: app-%d}\n    spec:\n", 1+r.IntN(5), i, i)
	}
	if kind == "Job" || kind == "CronJob" {
		b.WriteString(ind + "restartPolicy: OnFailure\n")
	}
	if r.IntN(3) == 0 {
		b.WriteString(ind + "automountServiceAccountToken: false\n")
	}
	if r.IntN(10) == 0 {
		b.WriteString(ind + pick(r, "hostNetwork: true\n", "hostPID: true\n", "hostIPC: true\n"))
	}
	if r.IntN(2) == 0 {
		b.WriteString(ind + "securityContext:\n" + ind + "  runAsNonRoot: true\n" + ind + "  runAsUser: 10001\n" + ind + "  seccompProfile: {type: RuntimeDefault}\n")
	}
	b.WriteString(ind + "containers:\n")
	for c := range 1 + r.IntN(3) {
		fmt.Fprintf(&b, "%s  - name: c%d\n%s    image: %s\n", ind, c, ind, pick(r, images...))
		if r.IntN(3) == 0 {
			fmt.Fprintf(&b, "%s    imagePullPolicy: %s\n", ind, pick(r, "Always", "IfNotPresent"))
		}
		fmt.Fprintf(&b, "%s    ports:\n%s      - containerPort: %d\n", ind, ind, 8000+r.IntN(1000))
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "%s    securityContext:\n%s      allowPrivilegeEscalation: %v\n%s      readOnlyRootFilesystem: %v\n%s      capabilities:\n%s        drop: [ALL]\n", ind, ind, r.IntN(5) == 0, ind, r.IntN(2) == 0, ind, ind)
			if r.IntN(8) == 0 {
				fmt.Fprintf(&b, "%s        add: [%s]\n", ind, pick(r, "SYS_ADMIN", "NET_ADMIN", "NET_BIND_SERVICE"))
			}
			if r.IntN(15) == 0 {
				fmt.Fprintf(&b, "%s      privileged: true\n", ind)
			}
		}
		if r.IntN(3) > 0 {
			fmt.Fprintf(&b, "%s    resources:\n%s      limits: {cpu: 500m, memory: 256Mi}\n%s      requests: {cpu: 100m, memory: 128Mi}\n", ind, ind, ind)
		}
		if r.IntN(2) == 0 {
			fmt.Fprintf(&b, "%s    livenessProbe: {httpGet: {path: /healthz, port: 8080}}\n%s    readinessProbe: {httpGet: {path: /ready, port: 8080}}\n", ind, ind)
		}
		if r.IntN(6) == 0 {
			fmt.Fprintf(&b, "%s    env:\n%s      - name: LOG_LEVEL\n%s        value: info\n%s      - name: DB_PASSWORD\n%s        value: gen-%08x\n", ind, ind, ind, ind, ind, r.Uint32())
		}
	}
	if r.IntN(12) == 0 {
		fmt.Fprintf(&b, "%svolumes:\n%s  - name: host\n%s    hostPath: {path: %s}\n", ind, ind, ind, pick(r, "/var/run/docker.sock", "/srv/data", "/etc"))
	}
	return b.String()
}

func service(r *rand.Rand, i int, ns string) string {
	t := pick(r, "ClusterIP", "ClusterIP", "LoadBalancer", "NodePort")
	return fmt.Sprintf("apiVersion: v1\nkind: Service\nmetadata:\n  name: app-%d\n  namespace: %s\nspec:\n  type: %s\n  selector: {app: app-%d}\n  ports:\n    - port: 80\n      targetPort: 8080\n", i, ns, t, i)
}

func ingress(r *rand.Rand, i int, ns string) string {
	tls := ""
	if r.IntN(2) == 0 {
		tls = fmt.Sprintf("  tls:\n    - hosts: [app-%d.example.com]\n      secretName: app-%d-tls\n", i, i)
	}
	return fmt.Sprintf("apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: app-%d\n  namespace: %s\nspec:\n%s  rules:\n    - host: app-%d.example.com\n      http:\n        paths:\n          - path: /\n            pathType: Prefix\n            backend:\n              service: {name: app-%d, port: {number: 80}}\n", i, ns, tls, i, i)
}

func configMap(r *rand.Rand, i int, ns string) string {
	return fmt.Sprintf("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-%d\n  namespace: %s\ndata:\n  LOG_LEVEL: info\n  FEATURE_FLAGS: \"a,b,c\"\n  API_TOKEN: gen-%08x\n", i, ns, r.Uint32())
}

func dockerfile(r *rand.Rand, i int) string {
	var b strings.Builder
	base := pick(r, "node:18-alpine", "node:22-alpine", "python:3.9-slim", "python:3.12-slim", "golang:1.22", "ubuntu:latest", "debian:bookworm-slim", "alpine")
	if r.IntN(2) == 0 {
		fmt.Fprintf(&b, "FROM %s AS build\nWORKDIR /src\nCOPY . .\nRUN make build\n\n", base)
	}
	fmt.Fprintf(&b, "FROM %s\n", pick(r, base, "gcr.io/distroless/static-debian12:nonroot", "alpine:3.20"))
	if r.IntN(4) == 0 {
		b.WriteString("RUN apt-get update && apt-get install -y curl ca-certificates\n")
	}
	if r.IntN(4) == 0 {
		b.WriteString("RUN apk add --no-cache curl=8.9.1-r0\n")
	}
	if r.IntN(8) == 0 {
		b.WriteString("RUN curl -fsSL https://install.example.com/setup.sh | sh\n")
	}
	if r.IntN(8) == 0 {
		fmt.Fprintf(&b, "ENV API_KEY=gen-%08x\n", r.Uint32())
	}
	if r.IntN(6) == 0 {
		b.WriteString("ADD https://example.com/tool.tar.gz /opt/\n")
	}
	b.WriteString("COPY --from=build /src/out /app\n")
	if r.IntN(2) == 0 {
		b.WriteString("USER 10001\n")
	}
	if r.IntN(3) == 0 {
		b.WriteString("HEALTHCHECK CMD [\"/app\", \"health\"]\n")
	}
	fmt.Fprintf(&b, "EXPOSE %d\nENTRYPOINT [\"/app\"]\n", pick(r, 8080, 8080, 22))
	return b.String()
}
