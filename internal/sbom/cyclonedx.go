package sbom

import (
	"fmt"
	"io"
	"strings"

	cdx "github.com/CycloneDX/cyclonedx-go"
	"github.com/google/uuid"
)

// writeCycloneDX writes a CycloneDX 1.6 JSON BOM: one library component per package version, with
// its purl, hashes, scope and the lockfile lines where it is recorded (evidence occurrences).
func writeCycloneDX(w io.Writer, comps []*component, o Options) error {
	bom := cdx.NewBOM()
	bom.SerialNumber = "urn:uuid:" + docUUID(comps, o).String()
	bom.Metadata = &cdx.Metadata{
		Timestamp: o.Now.UTC().Format("2006-01-02T15:04:05Z"),
		Tools: &cdx.ToolsChoice{Components: &[]cdx.Component{{
			Type: cdx.ComponentTypeApplication, Name: "vigil", Version: o.ToolVersion,
		}}},
		Component: &cdx.Component{BOMRef: "root", Type: cdx.ComponentTypeApplication, Name: o.Name},
	}
	list := make([]cdx.Component, 0, len(comps))
	refs := make([]string, 0, len(comps))
	for _, c := range comps {
		comp := cdx.Component{
			BOMRef:     c.purl,
			Type:       cdx.ComponentTypeLibrary,
			Name:       c.pkg.Name,
			Version:    versionText(c),
			PackageURL: c.purl,
			Scope:      cdx.ScopeRequired,
		}
		if c.dev {
			comp.Scope = cdx.ScopeOptional
		}
		if g, n, ok := strings.Cut(c.pkg.Name, ":"); ok && c.pkg.Ecosystem == "Maven" {
			comp.Group, comp.Name = g, n
		}
		if len(c.hashes) > 0 {
			hs := make([]cdx.Hash, 0, len(c.hashes))
			for _, h := range c.hashes {
				hs = append(hs, cdx.Hash{Algorithm: cdx.HashAlgorithm(h.alg), Value: h.hex})
			}
			comp.Hashes = &hs
		}
		props := []cdx.Property{{Name: "vigil:ecosystem", Value: c.pkg.Ecosystem}}
		if c.direct {
			props = append(props, cdx.Property{Name: "vigil:dependency", Value: "direct"})
		}
		if c.pkg.Source != "" && c.pkg.SourceKind != 0 {
			props = append(props, cdx.Property{Name: "vigil:source", Value: c.pkg.Source})
		}
		comp.Properties = &props
		occ := make([]cdx.EvidenceOccurrence, 0, len(c.occurrences))
		for _, oc := range c.occurrences {
			line := oc.line
			e := cdx.EvidenceOccurrence{Location: oc.path}
			if line > 0 {
				e.Line = &line
			}
			occ = append(occ, e)
		}
		comp.Evidence = &cdx.Evidence{Occurrences: &occ}
		list = append(list, comp)
		refs = append(refs, c.purl)
	}
	bom.Components = &list
	bom.Dependencies = &[]cdx.Dependency{{Ref: "root", Dependencies: &refs}}
	enc := cdx.NewBOMEncoder(w, cdx.BOMFileFormatJSON).SetPretty(true)
	if err := enc.EncodeVersion(bom, cdx.SpecVersion1_6); err != nil {
		return fmt.Errorf("write CycloneDX: %w", err)
	}
	return nil
}

func versionText(c *component) string {
	switch {
	case c.pkg.Version != "":
		return c.pkg.Version
	case c.pkg.Commit != "":
		return c.pkg.Commit
	}
	_, ref, _ := strings.Cut(c.pkg.Source, "@")
	return ref
}

// docUUID is a name-based UUID of the document's content, so that the same tree at the same time
// gives the same document.
func docUUID(comps []*component, o Options) uuid.UUID {
	var b strings.Builder
	b.WriteString(o.Name + "\x00" + o.Now.UTC().Format("2006-01-02T15:04:05Z"))
	for _, c := range comps {
		b.WriteString("\x00" + c.purl)
	}
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte(b.String()))
}
