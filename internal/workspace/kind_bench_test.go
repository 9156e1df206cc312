package workspace

import (
	"strings"
	"testing"
)

// BenchmarkDetectKind measures kind detection on the YAML and JSON heads that dominate a monorepo:
// Kubernetes manifests, CloudFormation templates and plain configuration.
func BenchmarkDetectKind(b *testing.B) {
	k8s := []byte("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n" + strings.Repeat("  labels:\n    app: web\n", 150))
	cfn := []byte("Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n" + strings.Repeat("    Properties: {}\n", 150))
	plain := []byte(strings.Repeat("settings:\n  level: info\n  retries: 3\n", 150))
	pkg := []byte(`{"name": "web", "version": "1.0.0", "dependencies": {` + strings.Repeat(`"a": "1.0.0", `, 200) + `"z": "1"}}`)
	b.ReportAllocs()
	for b.Loop() {
		DetectKind("deploy/web.yaml", k8s)
		DetectKind("stack/template.yaml", cfn)
		DetectKind("config/app.yaml", plain)
		DetectKind("web/package.json", pkg)
	}
}
