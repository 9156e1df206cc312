package images

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"
)

// DefaultAPI is endoflife.date's API root; Refresh reads BASE/PRODUCT.json.
const DefaultAPI = "https://endoflife.date/api"

// apiCycle is one element of endoflife.date's /api/PRODUCT.json answer. eol and extendedSupport
// are a date, or a boolean when the upstream gives none; cycle may be a number.
type apiCycle struct {
	Cycle           json.RawMessage `json:"cycle"`
	Codename        string          `json:"codename"`
	EOL             json.RawMessage `json:"eol"`
	ExtendedSupport json.RawMessage `json:"extendedSupport"`
}

// Refresh rebuilds the data from endoflife.date's API at baseURL (DefaultAPI in production, a test
// server in tests): for each product of the shipped data it fetches the release cycles, keeps the
// image names, codenames and deprecations, and stamps the compiled date. A product that cannot be
// fetched fails the refresh, so a partial file is never written. The caller writes the result with
// Data.Marshal (the lead's `vigil images refresh` writes internal/images/eol.json).
func Refresh(ctx context.Context, baseURL string, client *http.Client) (Data, error) {
	if client == nil {
		client = http.DefaultClient
	}
	base := Default()
	out := Data{
		Source:   fmt.Sprintf("endoflife.date API (%s/PRODUCT.json), fetched by vigil images refresh", strings.TrimSuffix(baseURL, "/")),
		Compiled: time.Now().UTC().Format(time.DateOnly),
	}
	ended := time.Now().UTC().AddDate(0, 0, -1).Format(time.DateOnly)
	for _, p := range base.Products {
		np := p
		np.Cycles = nil
		if p.Deprecated != "" && len(p.Cycles) == 0 {
			out.Products = append(out.Products, np) // not an endoflife.date product
			continue
		}
		cycles, err := fetchCycles(ctx, client, strings.TrimSuffix(baseURL, "/")+"/"+p.Product+".json")
		if err != nil {
			return Data{}, fmt.Errorf("refresh %s: %w", p.Product, err)
		}
		for _, c := range cycles {
			cy := Cycle{Cycle: unquote(c.Cycle), Codename: strings.ToLower(firstWord(c.Codename)), EOL: dateOrEmpty(c.EOL), ExtendedSupport: dateOrEmpty(c.ExtendedSupport)}
			if cy.EOL == "" && string(c.EOL) == "true" {
				cy.EOL = ended // ended, without a date given: by the day before the refresh at the latest
			}
			if cy.Cycle == "" || cy.EOL == "" {
				continue // no end of life announced yet
			}
			if p.Product != "debian" {
				cy.ExtendedSupport = "" // paid extended support does not keep a free image patched
			}
			np.Cycles = append(np.Cycles, cy)
		}
		out.Products = append(out.Products, np)
	}
	if _, err := out.Marshal(); err != nil {
		return Data{}, err
	}
	return out, nil
}

func fetchCycles(ctx context.Context, client *http.Client, url string) ([]apiCycle, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Accept", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("GET %s: %s", url, resp.Status)
	}
	var cycles []apiCycle
	if err := json.NewDecoder(io.LimitReader(resp.Body, 8<<20)).Decode(&cycles); err != nil {
		return nil, fmt.Errorf("GET %s: %w", url, err)
	}
	return cycles, nil
}

func unquote(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// dateOrEmpty keeps a YYYY-MM-DD value and drops booleans and anything else.
func dateOrEmpty(raw json.RawMessage) string {
	s := unquote(raw)
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		return ""
	}
	return s
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i >= 0 {
		return s[:i]
	}
	return s
}
