package sbom

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/vigil-sec/vigil/internal/workspace"
)

var when = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

// schema compiles an official schema from testdata/schema, with the schemas it references.
func schema(t *testing.T, main string, files map[string]string) *jsonschema.Schema {
	t.Helper()
	c := jsonschema.NewCompiler()
	for url, file := range files {
		f, err := os.Open(filepath.Join("testdata", "schema", file))
		if err != nil {
			t.Fatal(err)
		}
		doc, err := jsonschema.UnmarshalJSON(f)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if err := c.AddResource(url, doc); err != nil {
			t.Fatal(err)
		}
	}
	s, err := c.Compile(main)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func cyclonedxSchema(t *testing.T) *jsonschema.Schema {
	return schema(t, "http://cyclonedx.org/schema/bom-1.6.schema.json", map[string]string{
		"http://cyclonedx.org/schema/bom-1.6.schema.json":  "bom-1.6.schema.json",
		"http://cyclonedx.org/schema/spdx.schema.json":     "spdx.schema.json",
		"http://cyclonedx.org/schema/jsf-0.82.schema.json": "jsf-0.82.schema.json",
	})
}

func spdxSchema(t *testing.T) *jsonschema.Schema {
	return schema(t, "http://spdx.org/rdf/terms/2.3", map[string]string{"http://spdx.org/rdf/terms/2.3": "spdx-2.3.schema.json"})
}

// inventory reads the extractors' realistic testdata: every supported format at once.
func inventory(t *testing.T) *Inventory {
	t.Helper()
	inv, err := Collect(context.Background(), "../deps/testdata", workspace.Options{NoIgnore: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(inv.Lockfiles) < 15 || len(inv.Skipped) != 0 {
		t.Fatalf("%d lockfiles, skipped %v", len(inv.Lockfiles), inv.Skipped)
	}
	return inv
}

func render(t *testing.T, inv *Inventory, f Format) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, inv, f, Options{Name: "testdata", ToolVersion: "1.0.0", Now: when}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func validate(t *testing.T, s *jsonschema.Schema, data []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	return s.Validate(inst)
}

func TestCycloneDXIsValidAndComplete(t *testing.T) {
	inv := inventory(t)
	out := render(t, inv, CycloneDX)
	if err := validate(t, cyclonedxSchema(t), out); err != nil {
		t.Fatalf("CycloneDX 1.6 schema: %v", err)
	}
	var bom struct {
		SpecVersion string `json:"specVersion"`
		Components  []struct {
			Name, Version, Purl, Scope string
			Group                      string `json:"group"`
			Hashes                     []struct{ Alg, Content string }
			Evidence                   struct {
				Occurrences []struct {
					Location string
					Line     int
				}
			}
		}
	}
	if err := json.Unmarshal(out, &bom); err != nil {
		t.Fatal(err)
	}
	if bom.SpecVersion != "1.6" {
		t.Fatalf("spec version %s", bom.SpecVersion)
	}
	byPurl := map[string]int{}
	for i, c := range bom.Components {
		byPurl[c.Purl] = i
	}
	for _, p := range []string{
		"pkg:golang/github.com/gin-gonic/gin@v1.9.1", "pkg:npm/%40babel/code-frame@7.12.13", "pkg:pypi/django@3.2.4",
		"pkg:cargo/regex@1.5.4", "pkg:gem/nokogiri@1.13.8", "pkg:composer/guzzlehttp/guzzle@7.4.4",
		"pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1", "pkg:nuget/Newtonsoft.Json@12.0.3",
		"pkg:github/actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11", "pkg:github/actions/setup-go@v5",
	} {
		if _, ok := byPurl[p]; !ok {
			t.Errorf("no component %s", p)
		}
	}
	if t.Failed() {
		for p := range byPurl {
			t.Log(p)
		}
		return
	}
	express := bom.Components[byPurl["pkg:npm/express@4.17.1"]]
	if len(express.Hashes) != 1 || express.Hashes[0].Alg != "SHA-512" || len(express.Hashes[0].Content) != 128 {
		t.Errorf("express hashes %+v", express.Hashes)
	}
	if occ := express.Evidence.Occurrences; len(occ) != 1 || occ[0].Location != "npm-v3/package-lock.json" || occ[0].Line != 19 {
		t.Errorf("express occurrences %+v", occ)
	}
	if log4j := bom.Components[byPurl["pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1"]]; log4j.Group != "org.apache.logging.log4j" || log4j.Name != "log4j-core" {
		t.Errorf("maven coordinates %+v", log4j)
	}
	if !bytes.Equal(out, render(t, inv, CycloneDX)) {
		t.Error("two renderings differ")
	}
}

func TestSPDXIsValidAndComplete(t *testing.T) {
	inv := inventory(t)
	out := render(t, inv, SPDX)
	if err := validate(t, spdxSchema(t), out); err != nil {
		t.Fatalf("SPDX 2.3 schema: %v", err)
	}
	var doc struct {
		SPDXVersion string `json:"spdxVersion"`
		Packages    []struct {
			SPDXID       string
			Name         string
			VersionInfo  string
			Checksums    []struct{ Algorithm, ChecksumValue string }
			ExternalRefs []struct{ ReferenceType, ReferenceLocator string }
		}
		Relationships []struct{ SpdxElementID, RelatedSpdxElement, RelationshipType string }
	}
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}
	if doc.SPDXVersion != "SPDX-2.3" || len(doc.Packages) < 50 || len(doc.Relationships) != len(doc.Packages) {
		t.Fatalf("version %s, %d packages, %d relationships", doc.SPDXVersion, len(doc.Packages), len(doc.Relationships))
	}
	found := false
	for _, p := range doc.Packages {
		if len(p.ExternalRefs) == 1 && p.ExternalRefs[0].ReferenceLocator == "pkg:cargo/regex@1.5.4" {
			found = len(p.Checksums) == 1 && p.Checksums[0].Algorithm == "SHA256" &&
				p.Checksums[0].ChecksumValue == "d07a8629359eb56f1e2fb1652bb04212c072a87ba68546a04065d525673ac461"
		}
	}
	if !found {
		t.Error("regex 1.5.4 with its Cargo checksum is missing")
	}
	if !bytes.Equal(out, render(t, inv, SPDX)) {
		t.Error("two renderings differ")
	}
}

func TestSchemasRejectBrokenDocuments(t *testing.T) {
	inv := inventory(t)
	cdxOut := strings.Replace(string(render(t, inv, CycloneDX)), `"type": "library"`, `"type": "no-such-type"`, 1)
	if err := validate(t, cyclonedxSchema(t), []byte(cdxOut)); err == nil {
		t.Error("the CycloneDX schema accepted a bad component type")
	}
	spdxOut := strings.Replace(string(render(t, inv, SPDX)), `"relationshipType":"DEPENDS_ON"`, `"relationshipType":"LIKES"`, 1)
	spdxOut = strings.Replace(spdxOut, `"relationshipType": "DEPENDS_ON"`, `"relationshipType": "LIKES"`, 1)
	if err := validate(t, spdxSchema(t), []byte(spdxOut)); err == nil {
		t.Error("the SPDX schema accepted a bad relationship")
	}
}

func TestHashForms(t *testing.T) {
	cases := map[string]string{
		"sha512-PlhdFcillOINfeV7Ni6oF1TAEayyZBoZ8bcshTHqOYJYlrqzRK5hagpagky5o4HfCzzd1TRkXPMFq6cKk9rGmA==": "SHA-512",
		"sha1-VgiurfwAvmwpAd9fmGF4jeDVl8g=":                                       "SHA-1",
		"sha256:539cc1d13202e33ca466e88b2807e29f4c13049d6d87031a3c110744495cb082": "SHA-256",
		"d07a8629359eb56f1e2fb1652bb04212c072a87ba68546a04065d525673ac461":        "SHA-256",
		"10c0/" + strings.Repeat("ab", 64):                                        "SHA-512",
		"h1:4idEAncQnU5cB7BeOkPtxjfCSye0AAm1R0RVIqJ+Jmg=":                         "",
		"not a hash": "",
	}
	for in, want := range cases {
		h, ok := hashOf(in)
		if got := h.alg; got != want || ok != (want != "") {
			t.Errorf("hashOf(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
}

func TestParseFormat(t *testing.T) {
	if f, err := ParseFormat("CycloneDX"); err != nil || f != CycloneDX {
		t.Fatal(f, err)
	}
	if _, err := ParseFormat("swid"); err == nil {
		t.Fatal("accepted swid")
	}
}
