package manifest

import (
	"fmt"
	"github.com/vigil-sec/vigil/internal/iac/yamlvalue"
	"strings"
	"testing"
)

const multi = `# leading comment
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
spec:
  template:
    spec:
      initContainers:
        - name: init
          image: busybox:1.36
      containers:
        - name: app
          image: nginx:1.27
          securityContext:
            privileged: true
---
apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: {name: web}
  - apiVersion: rbac.authorization.k8s.io/v1
    kind: ClusterRole
    metadata: {name: reader}
    rules:
      - apiGroups: [""]
        resources: [pods]
        verbs: [get, list]
--- # a custom resource passes through
apiVersion: example.com/v1
kind: Widget
metadata: {name: w}
`

func TestParseKeepsLinesAcrossDocuments(t *testing.T) {
	objs, err := Parse("m.yaml", []byte(multi))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, o := range objs {
		got = append(got, fmt.Sprintf("%d %s@%d", o.Index, o.ID(), o.Line))
	}
	want := "0 Deployment/shop/web@2 1 Service/web@22 2 ClusterRole/reader@25 3 Widget/w@33"
	if strings.Join(got, " ") != want {
		t.Fatalf("objects = %q, want %q", strings.Join(got, " "), want)
	}
	pod, ok := objs[0].Pod()
	if !ok {
		t.Fatal("no pod view for a Deployment")
	}
	cs := pod.Containers()
	if len(cs) != 2 || cs[0].Kind != Init || cs[1].Name != "app" {
		t.Fatalf("containers = %+v", cs)
	}
	if v := cs[1].SecurityContext().Get("privileged"); !v.Bool() || v.Line() != 17 {
		t.Errorf("privileged = %v at line %d, want true at 17", v.Bool(), v.Line())
	}
	rules := objs[2].PolicyRules()
	if len(rules) != 1 || rules[0].VerbsLine != 31 || strings.Join(rules[0].Verbs, ",") != "get,list" {
		t.Errorf("rules = %+v", rules)
	}
}

func TestParseErrorsNameTheLineAndKeepOtherDocuments(t *testing.T) {
	in := "apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n---\napiVersion: v1\nkind: [\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: b}\n"
	objs, err := Parse("m.yaml", []byte(in))
	if len(objs) != 2 {
		t.Fatalf("got %d objects, want the 2 valid ones", len(objs))
	}
	if err == nil || !strings.Contains(err.Error(), "line 6") {
		t.Fatalf("err = %v, want one naming line 6", err)
	}
}

func TestParseRefusesAliasBombsAndDeepNesting(t *testing.T) {
	var b strings.Builder
	b.WriteString("apiVersion: v1\nkind: ConfigMap\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	if _, err := Parse("bomb.yaml", []byte(b.String())); err == nil || !strings.Contains(err.Error(), "alias") {
		t.Errorf("alias bomb: err = %v", err)
	}
	deep := "apiVersion: v1\nkind: ConfigMap\ndata: " + strings.Repeat("[", 1000) + strings.Repeat("]", 1000) + "\n"
	if _, err := Parse("deep.yaml", []byte(deep)); err == nil {
		t.Error("deep nesting accepted")
	}
	big := "apiVersion: v1\nkind: ConfigMap\ndata:\n  k: \"" + strings.Repeat("x", 200) + "\"\n"
	if _, err := ParseWithLimits("big.yaml", []byte(big), yamlvalue.Limits{MaxDocumentBytes: 100, MaxNodes: 100, MaxDepth: 10}); err == nil || !strings.Contains(err.Error(), "byte limit") {
		t.Errorf("oversized document: err = %v", err)
	}
}
