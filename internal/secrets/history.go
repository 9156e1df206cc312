package secrets

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"

	"github.com/vigil-sec/vigil/internal/analysis"
	"github.com/vigil-sec/vigil/internal/finding"
	"github.com/vigil-sec/vigil/internal/rule"
	"github.com/vigil-sec/vigil/internal/secrets/verify"
	"github.com/vigil-sec/vigil/internal/workspace"
)

// HistoryOptions shape a scan of git history.
type HistoryOptions struct {
	// Since skips the commits reachable from this revision (continuous review: only what is new).
	Since string
	// Prefix limits the scan to paths below this folder of the repository (the review root), and
	// findings name paths relative to it.
	Prefix string
	// MaxBlobSize skips larger blobs; zero means workspace.DefaultMaxFileSize.
	MaxBlobSize int64
}

// HistoryStats counts what a history scan read.
type HistoryStats struct {
	Commits      int
	Blobs        int
	Bytes        int64
	SkippedBlobs int
	// ShallowBoundaries counts commits whose parents a shallow clone left out: what they hold is
	// reported as introduced there, and older history was not scanned.
	ShallowBoundaries int
}

// blobHit is what a scanned blob holds, kept without the secret itself.
type blobHit struct {
	ruleID, detectorID, hash, evidence, message string
	line                                        int
	generic, lowImpact                          bool
	// verified is the live check's result (--verify), made while the secret is at hand; the
	// secret itself is never kept.
	verified verify.Result
}

// introduction is the earliest commit seen adding one secret at one path.
type introduction struct {
	hit    blobHit
	path   string
	commit plumbing.Hash
	when   time.Time
	author string
	date   time.Time
}

// ScanHistory scans every blob reachable from the repository's refs once (blobs are deduplicated by
// id) and reports, for each secret at each path, the commit that introduced it, its author and date,
// and whether the secret is still present at HEAD. Commits are read one at a time through go-git, so
// memory grows with the number of distinct blobs and secrets, not with the size of the history; no
// git binary runs.
func (a *Analyzer) ScanHistory(ctx context.Context, repo *git.Repository, opts HistoryOptions, emit func(finding.Finding)) (HistoryStats, error) {
	h := &historyScan{a: a, repo: repo, opts: opts, seen: map[plumbing.Hash]struct{}{}, hits: map[plumbing.Hash][]blobHit{},
		intro: map[string]*introduction{}, trees: newTreeCache(repo.Storer, treeCacheBytes), ctx: ctx}
	if h.opts.MaxBlobSize <= 0 {
		h.opts.MaxBlobSize = workspace.DefaultMaxFileSize
	}
	h.opts.Prefix = strings.Trim(opts.Prefix, "/")
	if cut, err := repo.Storer.Shallow(); err == nil {
		h.shallow = make(map[plumbing.Hash]struct{}, len(cut))
		for _, c := range cut {
			h.shallow[c] = struct{}{}
		}
	}
	if err := h.walk(ctx); err != nil {
		return h.stats, err
	}
	atHead, err := h.headSecrets(ctx)
	if err != nil {
		return h.stats, err
	}
	keys := make([]string, 0, len(h.intro))
	for k := range h.intro {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		emit(a.historyFinding(h.intro[k], atHead))
	}
	return h.stats, nil
}

type historyScan struct {
	a     *Analyzer
	repo  *git.Repository
	opts  HistoryOptions
	stats HistoryStats
	seen  map[plumbing.Hash]struct{}  // blobs read
	hits  map[plumbing.Hash][]blobHit // blobs that hold secrets
	intro map[string]*introduction    // rule, secret hash and path -> earliest commit
	trees *treeCache
	ctx   context.Context
	// shallow holds a shallow clone's boundary commits (their parents are absent).
	shallow map[plumbing.Hash]struct{}
}

// treeCacheBytes bounds the raw trees kept between commits.
const treeCacheBytes = 16 << 20

// starts resolves every ref (and HEAD) to a commit.
func (h *historyScan) starts() ([]plumbing.Hash, error) {
	refs, err := h.repo.References()
	if err != nil {
		return nil, fmt.Errorf("list refs: %w", err)
	}
	var out []plumbing.Hash
	err = refs.ForEach(func(r *plumbing.Reference) error {
		if r.Type() != plumbing.HashReference {
			return nil
		}
		if c := h.peel(r.Hash()); !c.IsZero() {
			out = append(out, c)
		}
		return nil
	})
	if head, herr := h.repo.Head(); herr == nil {
		out = append(out, head.Hash())
	}
	return out, err
}

// peel follows annotated tags to the commit they name; other objects give the zero hash.
func (h *historyScan) peel(hash plumbing.Hash) plumbing.Hash {
	for range 10 {
		if _, err := h.repo.CommitObject(hash); err == nil {
			return hash
		}
		tag, err := h.repo.TagObject(hash)
		if err != nil {
			return plumbing.ZeroHash
		}
		hash = tag.Target
	}
	return plumbing.ZeroHash
}

// excluded returns the commits reachable from Since.
func (h *historyScan) excluded(ctx context.Context) (map[plumbing.Hash]struct{}, error) {
	out := map[plumbing.Hash]struct{}{}
	if h.opts.Since == "" {
		return out, nil
	}
	since, err := h.repo.ResolveRevision(plumbing.Revision(h.opts.Since))
	if err != nil {
		return nil, fmt.Errorf("--since %q: %w", h.opts.Since, err)
	}
	stack := []plumbing.Hash{*since}
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, ok := out[c]; ok {
			continue
		}
		out[c] = struct{}{}
		commit, err := h.repo.CommitObject(c)
		if err != nil {
			return nil, fmt.Errorf("read commit %s: %w", c, err)
		}
		if _, cut := h.shallow[c]; !cut {
			stack = append(stack, commit.ParentHashes...)
		}
	}
	return out, nil
}

func (h *historyScan) walk(ctx context.Context) error {
	starts, err := h.starts()
	if err != nil {
		return err
	}
	done, err := h.excluded(ctx)
	if err != nil {
		return err
	}
	stack := starts
	for len(stack) > 0 {
		if err := ctx.Err(); err != nil {
			return err
		}
		c := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if _, ok := done[c]; ok {
			continue
		}
		done[c] = struct{}{}
		commit, err := h.repo.CommitObject(c)
		if err != nil {
			return fmt.Errorf("read commit %s: %w", c, err)
		}
		h.stats.Commits++
		if err := h.commit(ctx, commit); err != nil {
			return err
		}
		if _, cut := h.shallow[c]; cut {
			h.stats.ShallowBoundaries++ // a shallow clone has no parents past here
			continue
		}
		stack = append(stack, commit.ParentHashes...)
	}
	return nil
}

// commit scans what a commit added or changed against its first parent.
func (h *historyScan) commit(ctx context.Context, c *object.Commit) error {
	to, err := h.root(c.TreeHash)
	if err != nil {
		return fmt.Errorf("tree of %s: %w", c.Hash, err)
	}
	if to.IsZero() {
		return nil // the reviewed folder does not exist in this commit
	}
	var from plumbing.Hash
	if _, cut := h.shallow[c.Hash]; len(c.ParentHashes) > 0 && !cut {
		p, err := h.repo.CommitObject(c.ParentHashes[0])
		if err != nil {
			return fmt.Errorf("parent of %s: %w", c.Hash, err)
		}
		if from, err = h.root(p.TreeHash); err != nil {
			return fmt.Errorf("tree of %s: %w", p.Hash, err)
		}
	}
	return h.trees.changedFiles(from, to, "", func(path string, blob plumbing.Hash) error {
		hits, err := h.blob(blob, path)
		for _, hit := range hits {
			h.introduce(hit, path, c)
		}
		return err
	})
}

// root is the tree of the reviewed folder (opts.Prefix) within a commit's tree; zero when the
// commit has no such folder.
func (h *historyScan) root(tree plumbing.Hash) (plumbing.Hash, error) {
	if h.opts.Prefix == "" {
		return tree, nil
	}
	for _, part := range strings.Split(h.opts.Prefix, "/") {
		raw, err := h.trees.get(tree)
		if err != nil {
			return plumbing.ZeroHash, err
		}
		found := plumbing.ZeroHash
		for len(raw) > 0 {
			var e entry
			if e, raw, err = next(raw); err != nil {
				return plumbing.ZeroHash, fmt.Errorf("tree %s: %w", tree, err)
			}
			if string(e.name) == part && e.mode == filemode.Dir {
				found = e.hash
				break
			}
		}
		if found.IsZero() {
			return found, nil
		}
		tree = found
	}
	return tree, nil
}

// blob scans a blob the first time it is met and returns what it holds.
func (h *historyScan) blob(hash plumbing.Hash, path string) ([]blobHit, error) {
	if _, ok := h.seen[hash]; ok {
		return h.hits[hash], nil
	}
	h.seen[hash] = struct{}{}
	b, err := h.repo.BlobObject(hash)
	if err != nil {
		return nil, fmt.Errorf("read blob %s (%s): %w", hash, path, err)
	}
	if b.Size > h.opts.MaxBlobSize {
		h.stats.SkippedBlobs++
		return nil, nil
	}
	r, err := b.Reader()
	if err != nil {
		return nil, fmt.Errorf("read blob %s (%s): %w", hash, path, err)
	}
	data, err := io.ReadAll(io.LimitReader(r, h.opts.MaxBlobSize+1))
	r.Close()
	if err != nil {
		return nil, fmt.Errorf("read blob %s (%s): %w", hash, path, err)
	}
	if workspace.IsBinary(data) {
		h.stats.SkippedBlobs++
		return nil, nil
	}
	h.stats.Blobs++
	h.stats.Bytes += int64(len(data))
	var hits []blobHit
	ms := h.a.scanner.ScanPath(path, data)
	var results []verify.Result
	if h.a.opts.Verifier != nil && len(ms) > 0 {
		results = h.a.opts.Verifier.VerifyAll(h.ctx, toCandidates(ms)) // memoized: one call per secret
	}
	for i, m := range ms {
		f := h.a.finding(m, path)
		hit := blobHit{ruleID: f.RuleID, detectorID: m.Detector.ID, hash: f.Subject, evidence: f.Evidence,
			message: f.Message, line: m.Line, generic: m.Detector.Generic, lowImpact: m.Detector.LowImpact}
		if results != nil {
			hit.verified = results[i]
		}
		hits = append(hits, hit)
	}
	if len(hits) > 0 {
		h.hits[hash] = hits
	}
	return hits, nil
}

// introduce records that commit c adds hit at path, keeping the earliest commit.
func (h *historyScan) introduce(hit blobHit, path string, c *object.Commit) {
	key := hit.ruleID + "\x00" + hit.hash + "\x00" + path
	cur := h.intro[key]
	when := c.Committer.When
	if cur != nil && (cur.when.Before(when) || cur.when.Equal(when) && cur.commit.String() < c.Hash.String()) {
		return
	}
	h.intro[key] = &introduction{hit: hit, path: path, commit: c.Hash, when: when,
		author: c.Author.Name + " <" + c.Author.Email + ">", date: c.Author.When}
}

// headSecrets returns the hashes of the secrets present in HEAD's tree.
func (h *historyScan) headSecrets(ctx context.Context) (map[string]bool, error) {
	out := map[string]bool{}
	head, err := h.repo.Head()
	if errors.Is(err, plumbing.ErrReferenceNotFound) {
		return out, nil // no commit yet
	}
	if err != nil {
		return nil, fmt.Errorf("resolve HEAD: %w", err)
	}
	c, err := h.repo.CommitObject(head.Hash())
	if err != nil {
		return nil, fmt.Errorf("read HEAD: %w", err)
	}
	root, err := h.root(c.TreeHash)
	if err != nil {
		return nil, fmt.Errorf("tree of HEAD: %w", err)
	}
	if root.IsZero() {
		return out, nil
	}
	err = h.trees.changedFiles(plumbing.ZeroHash, root, "", func(path string, blob plumbing.Hash) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		hits, err := h.blob(blob, path)
		for _, hit := range hits {
			out[hit.hash] = true
		}
		return err
	})
	return out, err
}

func (a *Analyzer) historyFinding(in *introduction, atHead map[string]bool) finding.Finding {
	rl := a.ruleByID(in.hit.ruleID)
	loc := finding.Location{Path: in.path, StartLine: in.hit.line, Commit: in.commit.String()}
	f := rl.Finding(loc, in.hit.hash, in.hit.message+fmt.Sprintf(" (introduced in commit %s)", in.commit.String()[:12]))
	f.Fingerprint = finding.Fingerprint(rl.ID, in.hit.hash)
	f.Evidence = in.hit.evidence
	f.Properties = map[string]string{
		"detector":      in.hit.detectorID,
		"source":        "history",
		"author":        in.author,
		"date":          in.date.UTC().Format(time.RFC3339),
		"presentAtHead": fmt.Sprint(atHead[in.hit.hash]),
	}
	grade(&f, in.path, in.hit.generic, in.hit.lowImpact)
	if in.hit.verified != "" {
		applyVerification(&f, in.hit.verified)
	}
	return f
}

func (a *Analyzer) ruleByID(id string) *rule.Rule {
	for _, f := range a.families {
		if f.Rule.ID == id {
			return f.Rule
		}
	}
	return nil
}

// history runs ScanHistory for a review (the --history option).
func (a *Analyzer) history(ctx context.Context, p *analysis.SetPass) error {
	repo, done, err := p.Tree.Git.HistoryRepository()
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	defer done()
	stats, err := a.ScanHistory(ctx, repo, HistoryOptions{Since: a.opts.Since, Prefix: p.Tree.Git.Prefix()},
		func(f finding.Finding) { p.Report(f) })
	if err != nil {
		return fmt.Errorf("history: %w", err)
	}
	p.Note(fmt.Sprintf("secrets: history scan read %d commits and %d distinct blobs (%d MiB)", stats.Commits, stats.Blobs, stats.Bytes>>20))
	if stats.ShallowBoundaries > 0 {
		p.Note(fmt.Sprintf("secrets: the repository is a shallow clone: history stops at %d commit(s), and secrets from older commits are reported as introduced there or not at all; clone with full history (actions/checkout fetch-depth: 0) for a complete scan", stats.ShallowBoundaries))
	}
	return nil
}
