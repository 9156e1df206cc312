package cloudrules

import (
	"fmt"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/secretlike"
	"github.com/zclconf/go-cty/cty"
)

var ruleSecretsTerraformVariableDefault = newRule("secrets/terraform-variable-default", finding.High,
	"Terraform variable with a secret-looking name has a literal default",
	"A variable named like a credential (password, token, secret, api_key ...) has a literal default value: the credential is committed with the code and used whenever nobody overrides it.",
	"Remove the default and pass the value at plan time (TF_VAR_ environment variable, a secret store data source, an untracked tfvars file); rotate the committed value.")

func checkSecretsTerraformVariableDefault() *Check {
	return &Check{Rule: ruleSecretsTerraformVariableDefault, Run: func(c *Context) {
		for _, f := range c.Files {
			if f.Body == nil {
				continue
			}
			for _, b := range f.Body.Blocks {
				if b.Type != "variable" || len(b.Labels) != 1 || !secretlike.Name(b.Labels[0]) {
					continue
				}
				d, ok := b.Body.Attributes["default"]
				if !ok {
					continue
				}
				v, diags := d.Expr.Value(nil)
				if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String || !secretlike.Literal(v.AsString()) {
					continue
				}
				loc := finding.Location{Path: f.Path, StartLine: d.SrcRange.Start.Line, StartColumn: d.SrcRange.Start.Column}
				c.ReportAt(loc, "var."+b.Labels[0], fmt.Sprintf("variable %q has a literal default that looks like a credential", b.Labels[0]), finding.Redact(v.AsString()))
			}
		}
	}}
}
