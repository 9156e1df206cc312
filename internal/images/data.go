// Package images knows container image references: how to read them, whether their tag can move,
// and whether the release they name has reached its end of life. The end-of-life dates come from a
// data file shipped in the repository (eol.json, with its source and the date it was compiled) that
// Refresh rebuilds from endoflife.date without any change to code.
package images

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"sync"
	"time"
)

//go:embed eol.json
var embedded []byte

// Data is the end-of-life data file.
type Data struct {
	// Source says where the dates come from; Compiled is the day (YYYY-MM-DD) they were gathered.
	Source   string    `json:"source"`
	Compiled string    `json:"compiled"`
	Products []Product `json:"products"`
}

// Product is one piece of software and the image repositories that ship it.
type Product struct {
	// Product is the endoflife.date slug ("nodejs", "postgresql").
	Product string `json:"product"`
	// Images are repositories in their familiar form ("node", "bitnami/node",
	// "mcr.microsoft.com/dotnet/aspnet").
	Images []string `json:"images"`
	// Deprecated, when set (YYYY-MM-DD), marks every tag of the images as unmaintained since then.
	Deprecated string  `json:"deprecated,omitempty"`
	Note       string  `json:"note,omitempty"`
	Cycles     []Cycle `json:"cycles"`
}

// Cycle is one release line.
type Cycle struct {
	Cycle    string `json:"cycle"`
	Codename string `json:"codename,omitempty"`
	// EOL is the end of upstream security support (YYYY-MM-DD); ExtendedSupport, where the
	// upstream offers free long-term support (Debian LTS), the end of that.
	EOL             string `json:"eol"`
	ExtendedSupport string `json:"extendedSupport,omitempty"`
}

// End is the day after which the cycle gets no free security updates.
func (c Cycle) End() (time.Time, bool) {
	s := c.EOL
	if c.ExtendedSupport != "" {
		s = c.ExtendedSupport
	}
	t, err := time.Parse(time.DateOnly, s)
	return t, err == nil
}

// Parse reads a data file and checks its dates.
func Parse(b []byte) (*Data, error) {
	var d Data
	if err := json.Unmarshal(b, &d); err != nil {
		return nil, fmt.Errorf("image end-of-life data: %w", err)
	}
	if _, err := time.Parse(time.DateOnly, d.Compiled); err != nil {
		return nil, fmt.Errorf("image end-of-life data: compiled date %q: %w", d.Compiled, err)
	}
	for _, p := range d.Products {
		for _, c := range p.Cycles {
			if _, ok := c.End(); !ok {
				return nil, fmt.Errorf("image end-of-life data: %s %s: bad date %q", p.Product, c.Cycle, c.EOL)
			}
		}
	}
	return &d, nil
}

// LoadFile reads a data file written by Refresh (for a review with newer data than the binary's).
func LoadFile(path string) (*Data, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(b)
}

var defaultData = sync.OnceValue(func() *Data {
	d, err := Parse(embedded)
	if err != nil {
		panic(err) // the embedded file is tested
	}
	return d
})

// Default returns the data shipped with the binary.
func Default() *Data { return defaultData() }

// Marshal renders the data file, one product per block, stable for diffs.
func (d *Data) Marshal() ([]byte, error) {
	c := *d
	c.Products = slices.Clone(d.Products)
	slices.SortFunc(c.Products, func(a, b Product) int { return strings.Compare(a.Product, b.Product) })
	b, err := json.MarshalIndent(&c, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

// product finds the product that ships a repository (familiar name).
func (d *Data) product(repo string) *Product {
	for i := range d.Products {
		if slices.Contains(d.Products[i].Images, repo) {
			return &d.Products[i]
		}
	}
	return nil
}
