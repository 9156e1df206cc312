package manifest

import "github.com/vigil-sec/vigil/internal/iac/yamlvalue"

// Value is the nil-safe view of a YAML node that objects and rules read (see package yamlvalue).
type Value = yamlvalue.Value

// Pair is one entry of a mapping.
type Pair = yamlvalue.Pair
