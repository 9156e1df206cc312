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
			for _, vd := range f.Variables() {
				if vd.Default == nil || !secretlike.Name(vd.Name) {
					continue
				}
				v, diags := vd.Default.Value(nil)
				if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String || !secretlike.Literal(v.AsString()) {
					continue
				}
				loc := finding.Location{Path: f.Path, StartLine: vd.Range.Start.Line, StartColumn: vd.Range.Start.Column}
				c.ReportAt(loc, "var."+vd.Name, fmt.Sprintf("variable %q has a literal default that looks like a credential", vd.Name), finding.Redact(v.AsString()))
			}
		}
	}}
}
