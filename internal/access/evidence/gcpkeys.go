package evidence

import (
	"fmt"
	"strings"
	"time"

	"github.com/vigil-sec/vigil/internal/access/jsontree"
)

// GCPKey is one entry of `gcloud iam service-accounts keys list --format=json`.
type GCPKey struct {
	Name           string // projects/P/serviceAccounts/SA/keys/ID
	ServiceAccount string // the SA's e-mail, from the name
	ID             string
	UserManaged    bool
	Disabled       bool
	ValidAfter     time.Time
	ValidBefore    time.Time // zero or year 9999 for keys that never expire
	Line           int
}

// LooksLikeGCPKeys reports whether a JSON tree is a service-account key list (an array of keys, or
// one key object).
func LooksLikeGCPKeys(n *jsontree.Node) bool {
	first := n
	if n.Kind == jsontree.Array {
		if len(n.Items) == 0 {
			return false
		}
		first = n.Items[0]
	}
	return first.Get("keyType") != nil && strings.Contains(text(first, "name"), "/serviceAccounts/")
}

// ReadGCPKeys reads a key list; entries that cannot be read are returned as PathErrors.
func ReadGCPKeys(n *jsontree.Node) ([]GCPKey, []*PathError) {
	list := []*jsontree.Node{n}
	if n.Kind == jsontree.Array {
		list = n.Items
	}
	a := &authReader{}
	var keys []GCPKey
	for i, it := range list {
		path := fmt.Sprintf("[%d]", i)
		if it.Kind != jsontree.Object {
			a.fail(path, it, "not an object")
			continue
		}
		k := GCPKey{Name: text(it, "name"), Line: it.Pos.Line, UserManaged: text(it, "keyType") == "USER_MANAGED"}
		if v := it.Get("name"); v != nil {
			k.Line = v.Pos.Line
		}
		_, rest, ok := strings.Cut(k.Name, "/serviceAccounts/")
		sa, id, ok2 := strings.Cut(rest, "/keys/")
		if !ok || !ok2 || sa == "" || id == "" {
			a.fail(path+".name", it.Get("name"), "not a key name of the form projects/P/serviceAccounts/SA/keys/ID: %q", k.Name)
			continue
		}
		k.ServiceAccount, k.ID = sa, id
		if d := it.Get("disabled"); d != nil && d.Text == "true" {
			k.Disabled = true
		}
		before := len(a.errs)
		k.ValidAfter = a.date(path, it, "validAfterTime")
		k.ValidBefore = a.date(path, it, "validBeforeTime")
		if len(a.errs) > before {
			continue // not judged on a date we cannot read
		}
		keys = append(keys, k)
	}
	return keys, a.errs
}

// Expires reports whether the key has an expiry date.
func (k GCPKey) Expires() bool { return !k.ValidBefore.IsZero() && k.ValidBefore.Year() < 9999 }
