package cli

import (
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigil-sec/vigil/internal/images"
)

// imageData resolves --eol-data: the file given, else the newer of the shipped data and the cache
// that `vigil images refresh` writes.
func imageData(flag string) (*images.Data, error) {
	if flag != "" {
		d, err := images.LoadFile(flag)
		if err != nil {
			return nil, fmt.Errorf("--eol-data: %w", err)
		}
		return d, nil
	}
	path, err := images.DefaultCachePath()
	if err != nil {
		return images.Default(), nil // no cache directory: the shipped data is all there is
	}
	return images.Newest(path)
}

func newImagesCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "images",
		Short: "Manage the image end-of-life data (release lines of distributions, runtimes and servers)",
	}
	var api, output string
	refresh := &cobra.Command{
		Use:   "refresh",
		Short: "Fetch current end-of-life dates from endoflife.date into the user cache (used when newer than the shipped data)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			path := output
			if path == "" {
				p, err := images.DefaultCachePath()
				if err != nil {
					return err
				}
				path = p
			}
			client := &http.Client{Timeout: 60 * time.Second}
			d, err := images.Refresh(cmd.Context(), api, client)
			if err != nil {
				return err
			}
			b, err := d.Marshal()
			if err != nil {
				return err
			}
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return err
			}
			if err := writeBytes(a.Stdout, path, b); err != nil { // atomic: a review never reads half a file
				return err
			}
			cycles := 0
			for _, p := range d.Products {
				cycles += len(p.Cycles)
			}
			fmt.Fprintf(a.Stdout, "%d products, %d release lines, compiled %s\ndata: %s\n", len(d.Products), cycles, d.Compiled, path)
			return nil
		},
	}
	refresh.Flags().StringVar(&api, "api", images.DefaultAPI, "endoflife.date API root (serves API/PRODUCT.json)")
	refresh.Flags().StringVarP(&output, "output", "o", "", "write the data here (default: vigil/eol.json under the user cache directory)")
	cmd.AddCommand(refresh)
	return cmd
}
