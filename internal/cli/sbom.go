package cli

import (
	"bytes"
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/vigil-sec/vigil/internal/sbom"
)

func newSBOMCommand(a *app) *cobra.Command {
	var format, output, name string
	cmd := &cobra.Command{
		Use:   "sbom [PATH]",
		Short: "Write a software bill of materials (CycloneDX 1.6 or SPDX 2.3 JSON) from the lockfiles under PATH",
		Example: `  vigil sbom . --format cyclonedx --output sbom.cdx.json
  vigil sbom services/api --format spdx`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			root := "."
			if len(args) == 1 {
				root = args[0]
			}
			f, err := sbom.ParseFormat(format)
			if err != nil {
				return err
			}
			var buf bytes.Buffer
			inv, err := sbom.Generate(cmd.Context(), root, &buf, f, sbom.Options{Name: name, ToolVersion: Version(), Now: time.Now()})
			if err != nil {
				return err
			}
			for _, s := range inv.Skipped {
				where := s.Path
				if s.Line > 0 {
					where = fmt.Sprintf("%s:%d", s.Path, s.Line)
				}
				fmt.Fprintf(a.Stderr, "vigil: skipped %s: %s\n", where, s.Reason)
			}
			return writeBytes(a.Stdout, output, buf.Bytes())
		},
	}
	cmd.Flags().StringVarP(&format, "format", "f", "cyclonedx", "cyclonedx or spdx")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to FILE instead of standard output")
	cmd.Flags().StringVar(&name, "name", "", "the described project's name (default: the folder's name)")
	return cmd
}
