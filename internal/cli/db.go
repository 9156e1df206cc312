package cli

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/vigil-sec/vigil/internal/vulndb"
)

// dbPath resolves --db: the flag, else the default under the user cache directory.
func dbPath(flag string) (string, error) {
	if flag != "" {
		return flag, nil
	}
	return vulndb.DefaultPath()
}

func newDBCommand(a *app) *cobra.Command {
	var path string
	cmd := &cobra.Command{
		Use:   "db",
		Short: "Manage the offline vulnerability database (OSV records in an embedded SQLite store)",
		Long: `Reviews match dependencies against a local copy of OSV records and never call the network.
Fill the database with 'vigil db update' (downloads OSV's per-ecosystem all.zip exports) or
'vigil db import PATH' (OSV JSON files, folders or all.zip archives). A failed or partial update
leaves the existing database as it was.`,
	}
	cmd.PersistentFlags().StringVar(&path, "db", "", "database file (default: vigil/osv.db under the user cache directory)")

	var baseURL string
	var ecosystems []string
	update := &cobra.Command{
		Use:   "update",
		Short: "Download OSV exports (ETag and Last-Modified cached; verified before the database is replaced)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := dbPath(path)
			if err != nil {
				return err
			}
			st, err := vulndb.Update(cmd.Context(), p, vulndb.UpdateOptions{BaseURL: baseURL, Ecosystems: ecosystems, UserAgent: "vigil/" + Version()})
			if err != nil {
				return err
			}
			for _, e := range st.Ecosystems {
				if e.NotModified {
					fmt.Fprintf(a.Stdout, "%-16s not modified\n", e.Ecosystem)
					continue
				}
				fmt.Fprintf(a.Stdout, "%-16s %7d records (%d bytes)\n", e.Ecosystem, e.Records, e.Bytes)
			}
			fmt.Fprintf(a.Stdout, "database: %s\n", p)
			return nil
		},
	}
	update.Flags().StringVar(&baseURL, "base-url", "", "serves BASE/<Ecosystem>/all.zip (default "+vulndb.DefaultBaseURL+")")
	update.Flags().StringSliceVar(&ecosystems, "ecosystem", nil, "ecosystems to fetch (default "+strings.Join(vulndb.DefaultEcosystems, ", ")+")")

	imp := &cobra.Command{
		Use:   "import PATH...",
		Short: "Import OSV records from JSON files, folders or all.zip archives",
		Args:  cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := dbPath(path)
			if err != nil {
				return err
			}
			for _, src := range args {
				st, err := vulndb.Import(cmd.Context(), src, p)
				if err != nil {
					return err
				}
				fmt.Fprintf(a.Stdout, "%s: %d records from %d files\n", src, st.Records, st.Files)
			}
			fmt.Fprintf(a.Stdout, "database: %s\n", p)
			return nil
		},
	}

	info := &cobra.Command{
		Use:   "info",
		Short: "Show what the database holds and where it came from",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			p, err := dbPath(path)
			if err != nil {
				return err
			}
			db, err := vulndb.Open(p)
			if errors.Is(err, vulndb.ErrNoDatabase) {
				return fmt.Errorf("no vulnerability database at %s: run `vigil db update` or `vigil db import PATH`", p)
			}
			if err != nil {
				return err
			}
			defer db.Close()
			in, err := db.Info(cmd.Context())
			if err != nil {
				return err
			}
			fmt.Fprintf(a.Stdout, "database: %s\nrecords:  %d (%d withdrawn)\n", in.Path, in.Records, in.Withdrawn)
			if !in.Built.IsZero() {
				fmt.Fprintf(a.Stdout, "built:    %s\n", in.Built.UTC().Format("2006-01-02 15:04 MST"))
			}
			for _, s := range in.Sources {
				fmt.Fprintf(a.Stdout, "source:   %-24s %7d records, fetched %s\n", s.Name, s.Records, s.Fetched.UTC().Format("2006-01-02"))
			}
			return nil
		},
	}
	cmd.AddCommand(update, imp, info)
	return cmd
}
