package depcheck

import (
	"os"
	"path/filepath"
	"testing"
)

// Lockfiles that do not record which entries are direct take it from the manifest beside them.
func TestRelationFromTheManifest(t *testing.T) {
	db := testDB(t)
	root := t.TempDir()
	files := map[string]string{
		"poetry/pyproject.toml": "[tool.poetry]\nname = \"app\"\n\n[tool.poetry.dependencies]\npython = \"^3.9\"\nDjango = \"*\"\n",
		"poetry/poetry.lock": "[[package]]\nname = \"django\"\nversion = \"1.0\"\nfiles = [{file = \"d.whl\", hash = \"sha256:00\"}]\n\n" +
			"[[package]]\nname = \"apache-atlas\"\nversion = \"0.0.11\"\nfiles = [{file = \"a.whl\", hash = \"sha256:01\"}]\n",
		"pipenv/Pipfile":      "[[source]]\nurl = \"https://pypi.org/simple\"\nname = \"pypi\"\n\n[packages]\napache_atlas = \"*\"\n",
		"pipenv/Pipfile.lock": `{"default": {"apache-atlas": {"version": "==0.0.11", "hashes": ["sha256:01"]}, "django": {"version": "==1.0", "hashes": ["sha256:00"]}}}`,
	}
	for rel, content := range files {
		p := filepath.Join(root, rel)
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]string{
		"poetry/poetry.lock django": "direct", "poetry/poetry.lock apache-atlas": "transitive",
		"pipenv/Pipfile.lock django": "transitive", "pipenv/Pipfile.lock apache-atlas": "direct",
	}
	got := map[string]string{}
	for _, f := range reviewReport(t, root, New(Options{VulnDBPath: db, Now: reviewDate})).Findings {
		if f.RuleID == ruleVulnerablePackage.ID {
			got[f.Location.Path+" "+f.Properties["package"]] = f.Properties["relation"]
		}
		if f.RuleID == ruleManifestWithoutLockfile.ID {
			t.Errorf("unexpected: %s", f.Message)
		}
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("%s: relation %q, want %q", k, got[k], v)
		}
	}
}
