package ynode

import (
	"errors"
	"testing"
)

func TestParse(t *testing.T) {
	for _, empty := range []string{"", "\n", "# only a comment\n", "---\n", "~\n"} {
		if _, err := Parse([]byte(empty)); !errors.Is(err, ErrEmpty) {
			t.Errorf("Parse(%q) = %v, want ErrEmpty", empty, err)
		}
	}
	root, err := Parse([]byte("a: 1\n---\nb: 2\n"))
	if err != nil {
		t.Fatal(err)
	}
	if Get(root, "a") == nil || Get(root, "b") != nil {
		t.Errorf("want only the first document's keys, got %d nodes", len(root.Content))
	}
	_, err = Parse([]byte("a: 1\nb: [1, 2\nc: 3\n"))
	var pe *ParseError
	if !errors.As(err, &pe) || pe.Line == 0 {
		t.Fatalf("Parse of broken YAML = %v, want a ParseError with a line", err)
	}
}
