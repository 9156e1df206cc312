package iampolicy

import "github.com/vigil-sec/vigil/internal/access/jsontree"

// Pos is a place in the source a policy was read from (see jsontree.Pos).
type Pos = jsontree.Pos
