// Package sbom writes a software bill of materials for a directory from the packages its lockfiles
// and manifests record: CycloneDX 1.6 JSON through github.com/CycloneDX/cyclonedx-go, or SPDX 2.3
// JSON through github.com/spdx/tools-golang. Output is deterministic for a given tree and time.
package sbom

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/deps"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// Format is an SBOM format.
type Format string

// Formats.
const (
	CycloneDX Format = "cyclonedx"
	SPDX      Format = "spdx"
)

// ParseFormat reads a format name.
func ParseFormat(s string) (Format, error) {
	switch f := Format(strings.ToLower(strings.TrimSpace(s))); f {
	case CycloneDX, SPDX:
		return f, nil
	}
	return "", fmt.Errorf("unknown SBOM format %q (want cyclonedx or spdx)", s)
}

// Options describe the document.
type Options struct {
	// Name is the described project; empty means the directory's name.
	Name string
	// ToolVersion is vigil's version, recorded as the creating tool.
	ToolVersion string
	// Now is the document's timestamp; zero means time.Now.
	Now time.Time
}

// Inventory is what a tree's lockfiles record.
type Inventory struct {
	Root      string
	Lockfiles []*deps.Lockfile
	// Skipped lists files that could not be read or parsed.
	Skipped []workspace.Skip
}

// Generate collects the inventory of root and writes it in the format: the function behind
// `vigil sbom PATH --format cyclonedx|spdx`.
func Generate(ctx context.Context, root string, w io.Writer, f Format, o Options) (*Inventory, error) {
	inv, err := Collect(ctx, root, workspace.Options{})
	if err != nil {
		return nil, err
	}
	return inv, Write(w, inv, f, o)
}

// Collect walks root (with the review's safety rules: no symlink leaves it, large and binary files
// are skipped) and extracts every lockfile and manifest the extractors claim.
func Collect(ctx context.Context, root string, walk workspace.Options) (*Inventory, error) {
	tree, err := workspace.Open(ctx, root, walk)
	if err != nil {
		return nil, err
	}
	defer tree.Close()
	inv := &Inventory{Root: tree.Root}
	for _, e := range tree.Files {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if deps.For(e.Path) == nil {
			continue
		}
		f, skip := tree.Load(e)
		if skip != nil {
			inv.Skipped = append(inv.Skipped, *skip)
			continue
		}
		lf, err := deps.Extract(f.Path, f.Content)
		if err != nil {
			line := 0
			if pe, ok := err.(*deps.ParseError); ok {
				line = pe.Line
			}
			inv.Skipped = append(inv.Skipped, workspace.Skip{Path: f.Path, Line: line, Reason: err.Error()})
			continue
		}
		if lf != nil && len(lf.Packages) > 0 {
			inv.Lockfiles = append(inv.Lockfiles, lf)
		}
	}
	return inv, nil
}

// Write renders the inventory in a format.
func Write(w io.Writer, inv *Inventory, f Format, o Options) error {
	if o.Name == "" {
		o.Name = filepath.Base(inv.Root)
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	if o.ToolVersion == "" {
		o.ToolVersion = "dev"
	}
	comps := components(inv)
	switch f {
	case CycloneDX:
		return writeCycloneDX(w, comps, o)
	case SPDX:
		return writeSPDX(w, comps, o)
	}
	return fmt.Errorf("unknown SBOM format %q", f)
}

// component is one package version, with every place it is recorded.
type component struct {
	pkg         deps.Package
	purl        string
	occurrences []occurrence
	hashes      []hash
	direct      bool
	dev         bool
}

type occurrence struct {
	path string
	line int
}

// components merges the packages of all lockfiles by package URL, in a stable order.
func components(inv *Inventory) []*component {
	byKey := map[string]*component{}
	var out []*component
	for _, lf := range inv.Lockfiles {
		for _, pk := range lf.Packages {
			// A package without a version is left out, except an action used by a floating tag
			// or branch: what the workflow runs is still worth listing.
			if pk.Version == "" && pk.Commit == "" && !(pk.Ecosystem == "GitHub Actions" && strings.Contains(pk.Source, "@")) {
				continue
			}
			p := purlOf(&pk)
			c := byKey[p]
			if c == nil {
				c = &component{pkg: pk, purl: p, dev: true}
				byKey[p] = c
				out = append(out, c)
			}
			c.occurrences = append(c.occurrences, occurrence{lf.Path, pk.Line})
			if h, ok := hashOf(pk.Integrity); ok && !slices.Contains(c.hashes, h) {
				c.hashes = append(c.hashes, h)
			}
			c.direct = c.direct || pk.Relation == deps.Direct
			c.dev = c.dev && pk.Dev
		}
	}
	slices.SortFunc(out, func(a, b *component) int { return cmp.Compare(a.purl, b.purl) })
	for _, c := range out {
		slices.SortFunc(c.occurrences, func(a, b occurrence) int {
			return cmp.Or(cmp.Compare(a.path, b.path), cmp.Compare(a.line, b.line))
		})
		slices.SortFunc(c.hashes, func(a, b hash) int { return cmp.Compare(a.alg+a.hex, b.alg+b.hex) })
	}
	return out
}
