// Package terraform reads Terraform configurations (native *.tf and JSON *.tf.json syntax) into
// the shared resource model without running Terraform: it parses HCL with hashicorp/hcl/v2,
// evaluates variables (defaults, terraform.tfvars, *.auto.tfvars and -var-file equivalents),
// locals, the common functions, count and for_each (one logical resource, its instances noted),
// dynamic blocks and local modules with their inputs.
// Values that cannot be known before apply stay unknown. Registry and remote modules are never
// downloaded. It also reads the JSON of `terraform show -json` plans into the same model.
package terraform

import (
	"errors"
	"path"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/iac/limits"
)

// File is one parsed configuration (*.tf) or variable definitions (*.tfvars, *.tfvars.json) file.
type File struct {
	Path string // slash-separated, relative to the reviewed root
	Src  []byte
	// Body is set for configuration files in native syntax (*.tf), JSON for those in JSON syntax
	// (*.tf.json).
	Body *hclsyntax.Body
	JSON hcl.Body
	// Vars is set for variable definitions files: the assignments they make.
	Vars hcl.Attributes
}

// IsConfig reports whether the file is a configuration file (not variable definitions).
func (f *File) IsConfig() bool { return f.Body != nil || f.JSON != nil }

// Dir is the module directory the file belongs to.
func (f *File) Dir() string { return path.Dir(f.Path) }

// IsVarFile reports whether a path names a variable definitions file.
func IsVarFile(p string) bool {
	l := strings.ToLower(p)
	return strings.HasSuffix(l, ".tfvars") || strings.HasSuffix(l, ".tfvars.json")
}

// Parse parses a configuration or variable definitions file. The error names the line of the
// first problem (an *analysis.LineError).
func Parse(p string, src []byte) (*File, error) {
	if err := limits.CheckBrackets(src); err != nil {
		var de *limits.DepthError
		errors.As(err, &de)
		return nil, analysis.Errorf(de.Line, "%v", err)
	}
	f := &File{Path: p, Src: src}
	if strings.HasSuffix(strings.ToLower(p), ".json") {
		jf, diags := hcljson.Parse(src, p)
		if err := diagError(diags); err != nil {
			return nil, err
		}
		if !IsVarFile(p) {
			f.JSON = jf.Body
			return f, nil
		}
		attrs, diags := jf.Body.JustAttributes()
		if err := diagError(diags); err != nil {
			return nil, err
		}
		f.Vars = attrs
		return f, nil
	}
	hf, diags := hclsyntax.ParseConfig(src, p, hcl.InitialPos)
	if err := diagError(diags); err != nil {
		return nil, err
	}
	body, ok := hf.Body.(*hclsyntax.Body)
	if !ok {
		return nil, analysis.Errorf(1, "not native HCL syntax")
	}
	if IsVarFile(p) {
		f.Vars = hcl.Attributes{}
		for name, a := range body.Attributes {
			f.Vars[name] = a.AsHCLAttribute()
		}
		if len(body.Blocks) > 0 {
			return nil, analysis.Errorf(body.Blocks[0].DefRange().Start.Line, "blocks are not allowed in a variable definitions file")
		}
		return f, nil
	}
	f.Body = body
	return f, nil
}

// diagError turns the first error diagnostic into a line error.
func diagError(diags hcl.Diagnostics) error {
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		line := 1
		if d.Subject != nil {
			line = d.Subject.Start.Line
		}
		msg := d.Summary
		if d.Detail != "" {
			msg += ": " + d.Detail
		}
		return analysis.Errorf(line, "%s", msg)
	}
	return nil
}

// Variable is a variable declaration and its default, if any.
type Variable struct {
	Name    string
	Default hcl.Expression // nil without a default
	Range   hcl.Range      // the default's range, or the declaration's
}

// Variables lists the file's variable declarations in source order.
func (f *File) Variables() []Variable {
	var out []Variable
	for _, b := range f.blocks() {
		if b.typ != "variable" || len(b.labels) != 1 {
			continue
		}
		v := Variable{Name: b.labels[0], Range: b.rng}
		if d, ok := b.attrs["default"]; ok {
			v.Default, v.Range = d.Expr, d.Range
		}
		out = append(out, v)
	}
	return out
}
