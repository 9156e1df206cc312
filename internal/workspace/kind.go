package workspace

import (
	"bytes"
	"path"
	"regexp"
	"strings"
)

// Kind is what a file is, detected from its name and, where the name is not enough, its content.
type Kind string

// File kinds. Analyzers claim files by kind; anything textual is at least KindText.
const (
	KindTerraform         Kind = "terraform"          // *.tf, *.tf.json
	KindTerraformVars     Kind = "terraform-vars"     // *.tfvars, *.tfvars.json
	KindTerraformPlan     Kind = "terraform-plan"     // `terraform show -json` output
	KindCloudFormation    Kind = "cloudformation"     // YAML or JSON templates
	KindKubernetes        Kind = "kubernetes"         // manifests with apiVersion and kind
	KindHelmChart         Kind = "helm-chart"         // Chart.yaml
	KindHelmTemplate      Kind = "helm-template"      // templates/ of a chart
	KindHelmValues        Kind = "helm-values"        // values*.yaml beside a Chart.yaml
	KindKustomization     Kind = "kustomization"      // kustomization.yaml
	KindDockerfile        Kind = "dockerfile"         // Dockerfile, *.dockerfile, Containerfile
	KindCompose           Kind = "compose"            // docker-compose.yml, compose.yaml
	KindGitHubWorkflow    Kind = "github-workflow"    // .github/workflows/*.yml
	KindGitHubAction      Kind = "github-action"      // action.yml of a composite or docker action
	KindDependabot        Kind = "dependabot"         // .github/dependabot.yml
	KindGitLabCI          Kind = "gitlab-ci"          // .gitlab-ci.yml
	KindCircleCI          Kind = "circleci"           // .circleci/config.yml
	KindAzurePipelines    Kind = "azure-pipelines"    // azure-pipelines.yml
	KindBitbucketPipeline Kind = "bitbucket-pipeline" // bitbucket-pipelines.yml
	KindJenkinsfile       Kind = "jenkinsfile"        // Jenkinsfile
	KindLockfile          Kind = "lockfile"           // package-lock.json, go.sum, Cargo.lock ...
	KindManifest          Kind = "manifest"           // package.json, go.mod, pyproject.toml ...
	KindEnvFile           Kind = "env-file"           // .env, .env.production
	KindYAML              Kind = "yaml"               // other YAML
	KindJSON              Kind = "json"               // other JSON
	KindText              Kind = "text"               // any other text
)

var lockfileNames = map[string]bool{
	"go.sum": true, "package-lock.json": true, "npm-shrinkwrap.json": true, "yarn.lock": true,
	"pnpm-lock.yaml": true, "poetry.lock": true, "Pipfile.lock": true, "uv.lock": true, "Cargo.lock": true,
	"Gemfile.lock": true, "composer.lock": true, "gradle.lockfile": true, "packages.lock.json": true,
}

var manifestNames = map[string]bool{
	"go.mod": true, "package.json": true, "Pipfile": true, "pyproject.toml": true, "Cargo.toml": true,
	"Gemfile": true, "composer.json": true, "pom.xml": true, "build.gradle": true, "build.gradle.kts": true,
	"setup.py": true, "setup.cfg": true,
}

var (
	composeName      = regexp.MustCompile(`^(docker-)?compose([.-][\w.-]+)?\.ya?ml$|\.compose\.ya?ml$`)
	requirementsName = regexp.MustCompile(`^requirements([._-][\w.-]*)?\.(txt|in)$`)
	// A line that starts a YAML key at column one.
	yamlTopKey = func(key string) *regexp.Regexp { return regexp.MustCompile(`(?m)^` + key + `\s*:`) }
	apiVersion = yamlTopKey(`apiVersion`)
	kindKey    = regexp.MustCompile(`(?m)^kind\s*:\s*\S`)
	cfnMarker  = regexp.MustCompile(`AWSTemplateFormatVersion|(?m)^\s*"?Type"?\s*:\s*"?(AWS|Alexa)::[A-Za-z0-9]+::`)
)

// DetectKind decides a file's kind from its slash-separated path relative to the root and the first
// bytes of its content (head may be nil when the name decides).
func DetectKind(rel string, head []byte) Kind {
	name := path.Base(rel)
	dir := path.Dir(rel)
	lower := strings.ToLower(name)
	ext := path.Ext(lower)

	switch {
	case strings.HasSuffix(lower, ".tfvars") || strings.HasSuffix(lower, ".tfvars.json"):
		return KindTerraformVars
	case ext == ".tf" || strings.HasSuffix(lower, ".tf.json"):
		return KindTerraform
	case name == "Dockerfile" || strings.HasPrefix(name, "Dockerfile.") || ext == ".dockerfile" ||
		name == "Containerfile" || strings.HasPrefix(name, "Containerfile."):
		return KindDockerfile
	case name == "Jenkinsfile" || strings.HasPrefix(name, "Jenkinsfile."):
		return KindJenkinsfile
	case lockfileNames[name], requirementsName.MatchString(lower):
		return KindLockfile
	case manifestNames[name]:
		return KindManifest
	case lower == ".env" || strings.HasPrefix(lower, ".env.") || ext == ".env":
		return KindEnvFile
	}

	isYAML := ext == ".yml" || ext == ".yaml"
	if isYAML {
		switch {
		case (dir == ".github/workflows" || strings.HasSuffix(dir, "/.github/workflows")):
			return KindGitHubWorkflow
		case (lower == "dependabot.yml" || lower == "dependabot.yaml") && path.Base(dir) == ".github":
			return KindDependabot
		case lower == "action.yml" || lower == "action.yaml":
			return KindGitHubAction
		case lower == ".gitlab-ci.yml" || lower == ".gitlab-ci.yaml":
			return KindGitLabCI
		case path.Base(dir) == ".circleci" && (lower == "config.yml" || lower == "config.yaml"):
			return KindCircleCI
		case lower == "azure-pipelines.yml" || lower == "azure-pipelines.yaml":
			return KindAzurePipelines
		case lower == "bitbucket-pipelines.yml":
			return KindBitbucketPipeline
		case name == "Chart.yaml" || name == "Chart.yml":
			return KindHelmChart
		case lower == "kustomization.yaml" || lower == "kustomization.yml" || name == "Kustomization":
			return KindKustomization
		case composeName.MatchString(lower):
			return KindCompose
		}
		switch {
		case isHelmTemplatePath(rel) && bytes.Contains(head, []byte("{{")):
			return KindHelmTemplate
		case looksLikeCloudFormation(head):
			return KindCloudFormation
		case bytes.Contains(head, []byte("apiVersion")) && apiVersion.Match(head) && kindKey.Match(head):
			return KindKubernetes
		}
		return KindYAML
	}
	if ext == ".json" || ext == ".template" {
		switch {
		case bytes.Contains(head, []byte(`"terraform_version"`)) && bytes.Contains(head, []byte(`"format_version"`)):
			return KindTerraformPlan
		case looksLikeCloudFormation(head):
			return KindCloudFormation
		case bytes.Contains(head, []byte(`"apiVersion"`)) && bytes.Contains(head, []byte(`"kind"`)):
			return KindKubernetes
		}
		if ext == ".json" {
			return KindJSON
		}
	}
	return KindText
}

// looksLikeCloudFormation runs the template regex only on heads that name an AWS or Alexa type or
// the template version: the regex alone costs ~150µs on a 4 KiB head with no such name.
func looksLikeCloudFormation(head []byte) bool {
	if bytes.Contains(head, []byte("AWSTemplateFormatVersion")) {
		return true
	}
	return (bytes.Contains(head, []byte("AWS::")) || bytes.Contains(head, []byte("Alexa::"))) && cfnMarker.Match(head)
}

// isHelmTemplatePath reports whether rel sits in a templates/ folder, as a chart's templates do. With
// template actions in the content that makes it a Helm template (Go template text, not YAML); whether a
// Chart.yaml really stands above it is the Helm analyzer's check.
func isHelmTemplatePath(rel string) bool {
	return strings.HasPrefix(rel, "templates/") || strings.Contains(rel, "/templates/")
}
