package terraform

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzEvaluate parses and evaluates one configuration file: hostile input must give an error or a
// result, never a panic or a hang.
func FuzzEvaluate(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "cloudrules", "testdata", "rules", "*", "main.tf"))
	for _, s := range seeds[:min(len(seeds), 40)] {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("locals {\n a = local.b\n b = local.a\n}\n"))
	f.Add([]byte("module \"m\" { source = \"./\" }\nresource \"x\" \"y\" { count = 3\n dynamic \"d\" {\n for_each = [1]\n content { v = d.value }\n }\n}\n"))
	f.Add([]byte("variable \"v\" { default = { a = [1, 2, { b = \"c\" }] } }\noutput \"o\" { value = jsondecode(\"[[[[1]]]]\") }\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := Parse("main.tf", src)
		if err != nil {
			return
		}
		Evaluate([]*File{file}, Options{}, nil)
	})
}

// FuzzParsePlan reads arbitrary plan JSON.
func FuzzParsePlan(f *testing.F) {
	f.Add([]byte(planJSON))
	f.Add([]byte(`{"format_version":"1.2","planned_values":{"root_module":{"child_modules":[{"resources":[{"address":"a.b[0]","type":"a","values":{"x":[{"y":1}]}}]}]}},"resource_changes":[{"address":"a.b[0]","change":{"after_unknown":{"x":[{"y":true}]}}}]}`))
	f.Fuzz(func(t *testing.T, src []byte) {
		ParsePlan("plan.json", src) //nolint:errcheck // only crashes matter
	})
}
