package cloudrules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/iac/resource"
	"github.com/vigil-sec/vigil/internal/secretlike"
)

var ruleSecretsFunctionEnvLiteral = newRule("secrets/function-env-literal", finding.High,
	"Secret in a function's or container's environment in plain text",
	"A Lambda function, ECS task, Cloud Function or App Service gets a credential-named environment variable (password, token, API key ...) as a literal value: it is in version control, in the state and readable by anyone who can describe the function.",
	"Store the value in a secret store and reference it: Secrets Manager or SSM SecureString (ECS `secrets`, Lambda reading it at start or the Parameters and Secrets extension), Secret Manager (secret_environment_variables), Key Vault references (@Microsoft.KeyVault(...)) in app settings; rotate the committed value.")

// envSource says where one resource type keeps its environment: a map of name to value, or (for
// container definitions) a list of {name, value} objects.
type envSource struct {
	types []string
	path  []string
	// pairs marks lists of {name|Name, value|Value} objects, possibly in a JSON string.
	pairs bool
	// containers names the list of container definitions that holds the pairs (ECS).
	containers []string
}

func checkSecretsFunctionEnvLiteral() *Check {
	sources := []envSource{
		{types: []string{"aws_lambda_function"}, path: []string{"environment", "variables"}},
		{types: []string{"AWS::Lambda::Function", "AWS::Serverless::Function"}, path: []string{"Environment", "Variables"}},
		{types: []string{"google_cloudfunctions_function", "google_cloud_run_service"}, path: []string{"environment_variables"}},
		{types: []string{"google_cloudfunctions2_function"}, path: []string{"service_config", "environment_variables"}},
		{types: []string{"azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app",
			"azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_app_service"}, path: []string{"app_settings"}},
		{types: []string{"aws_ecs_task_definition"}, path: []string{"container_definitions"}, pairs: true, containers: []string{"environment"}},
		{types: []string{"AWS::ECS::TaskDefinition"}, path: []string{"ContainerDefinitions"}, pairs: true, containers: []string{"Environment"}},
	}
	return &Check{Rule: ruleSecretsFunctionEnvLiteral, Run: func(c *Context) {
		for _, src := range sources {
			for _, r := range c.Set.OfType(src.types...) {
				for _, kv := range envEntries(r, src) {
					s, ok := kv.value.AsString()
					if !ok || kv.value.Kind != resource.String || len(kv.value.Refs) > 0 ||
						!secretlike.Name(kv.name) || secretlike.IsPlaceholder(s) {
						continue
					}
					c.ReportEvidence(r, kv.value, fmt.Sprintf("%s: environment variable %s holds a literal secret", r.Label(), kv.name),
						kv.name+"="+finding.Redact(s))
				}
			}
		}
	}}
}

type envEntry struct {
	name  string
	value *resource.Value
}

// envEntries lists a resource's environment variables in a stable order.
func envEntries(r *resource.Resource, src envSource) []envEntry {
	v := r.Get(src.path...)
	if v.IsNull() || v.IsUnknown() {
		return nil
	}
	if !src.pairs {
		v = v.Decoded()
		if v == nil || v.Kind != resource.Object {
			return nil
		}
		return objectEntries(v)
	}
	var out []envEntry
	for _, container := range v.Decoded().Elements() {
		for _, pair := range container.Get(src.containers...).Elements() {
			name, ok := firstString(pair, "name", "Name")
			if !ok {
				continue
			}
			val := pair.Get("value")
			if val.IsNull() {
				val = pair.Get("Value")
			}
			if !val.IsNull() {
				out = append(out, envEntry{name, val})
			}
		}
	}
	return out
}

func objectEntries(v *resource.Value) []envEntry {
	keys := make([]string, 0, len(v.Fields))
	for k := range v.Fields {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, strings.Compare)
	out := make([]envEntry, 0, len(keys))
	for _, k := range keys {
		out = append(out, envEntry{k, v.Fields[k]})
	}
	return out
}

func firstString(v *resource.Value, keys ...string) (string, bool) {
	for _, k := range keys {
		if s, ok := v.Get(k).AsString(); ok {
			return s, true
		}
	}
	return "", false
}
