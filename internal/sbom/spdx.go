package sbom

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	spdxjson "github.com/spdx/tools-golang/json"
	"github.com/spdx/tools-golang/spdx/v2/common"
	spdx "github.com/spdx/tools-golang/spdx/v2/v2_3"

	"github.com/vigil-sec/vigil/internal/deps"
)

var spdxAlgs = map[string]common.ChecksumAlgorithm{
	"SHA-1": common.SHA1, "SHA-256": common.SHA256, "SHA-384": common.SHA384, "SHA-512": common.SHA512,
}

// writeSPDX writes an SPDX 2.3 JSON document: a root package for the project that DEPENDS_ON one
// package per package version, each with its purl, checksums and the lockfile lines it comes from.
func writeSPDX(w io.Writer, comps []*component, o Options) error {
	root := &spdx.Package{
		PackageName: o.Name, PackageSPDXIdentifier: "RootPackage", PackageDownloadLocation: "NOASSERTION",
		FilesAnalyzed: false, PrimaryPackagePurpose: "APPLICATION",
	}
	doc := &spdx.Document{
		SPDXVersion:       spdx.Version,
		DataLicense:       spdx.DataLicense,
		SPDXIdentifier:    "DOCUMENT",
		DocumentName:      o.Name,
		DocumentNamespace: "urn:uuid:" + docUUID(comps, o).String(),
		CreationInfo: &spdx.CreationInfo{
			Creators: []common.Creator{{CreatorType: "Tool", Creator: "vigil-" + o.ToolVersion}},
			Created:  o.Now.UTC().Format("2006-01-02T15:04:05Z"),
		},
		Packages: []*spdx.Package{root},
		Relationships: []*spdx.Relationship{{
			RefA: common.MakeDocElementID("", "DOCUMENT"), RefB: common.MakeDocElementID("", "RootPackage"), Relationship: "DESCRIBES",
		}},
	}
	for _, c := range comps {
		id := spdxID(c.purl)
		p := &spdx.Package{
			PackageName:             c.pkg.Name,
			PackageSPDXIdentifier:   common.ElementID(id),
			PackageVersion:          versionText(c),
			PackageDownloadLocation: "NOASSERTION",
			FilesAnalyzed:           false,
			PrimaryPackagePurpose:   "LIBRARY",
			PackageExternalReferences: []*spdx.PackageExternalReference{{
				Category: "PACKAGE-MANAGER", RefType: "purl", Locator: c.purl,
			}},
			PackageSourceInfo: sourceInfo(c),
		}
		if c.pkg.SourceKind != deps.SourceRegistry && c.pkg.SourceKind != deps.SourceLocal && c.pkg.Source != "" {
			p.PackageDownloadLocation = c.pkg.Source
		}
		for _, h := range c.hashes {
			p.PackageChecksums = append(p.PackageChecksums, common.Checksum{Algorithm: spdxAlgs[h.alg], Value: h.hex})
		}
		doc.Packages = append(doc.Packages, p)
		rel := "DEPENDS_ON"
		if c.dev {
			rel = "DEV_DEPENDENCY_OF"
		}
		r := &spdx.Relationship{RefA: common.MakeDocElementID("", "RootPackage"), RefB: common.MakeDocElementID("", id), Relationship: rel}
		if rel == "DEV_DEPENDENCY_OF" {
			r.RefA, r.RefB = r.RefB, r.RefA
		}
		doc.Relationships = append(doc.Relationships, r)
	}
	if err := spdxjson.Write(doc, w, spdxjson.Indent("  ")); err != nil {
		return fmt.Errorf("write SPDX: %w", err)
	}
	return nil
}

// spdxID makes an element id from a purl: letters, digits, "." and "-" only, unique by a hash.
func spdxID(purl string) string {
	sum := sha256.Sum256([]byte(purl))
	return "Package-" + hex.EncodeToString(sum[:8])
}

func sourceInfo(c *component) string {
	var locs []string
	for _, o := range c.occurrences {
		locs = append(locs, fmt.Sprintf("%s:%d", o.path, o.line))
	}
	return "recorded in " + strings.Join(locs, ", ")
}
