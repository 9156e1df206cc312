package detect

import (
	"hash/fnv"
	"math/rand/v2"
	"regexp"
	"strconv"
	"strings"
)

// Cut is the mark that Expand removes. Written inside a fake credential ("xox‹›b-...") it keeps
// secret-scanning push protection from reading a test fixture as a live key.
const Cut = "‹›"

var fillSets = map[string]string{
	"b62":   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
	"b64":   "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
	"b64u":  "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_",
	"hex":   "0123456789abcdef",
	"HEX":   "0123456789ABCDEF",
	"low":   "abcdefghijklmnopqrstuvwxyz0123456789",
	"up":    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
	"alpha": "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz",
	"lowa":  "abcdefghijklmnopqrstuvwxyz",
	"upa":   "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
	"dig":   "0123456789",
	"bech":  "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L",
}

var fillRe = regexp.MustCompile(`‹([a-zA-Z0-9]+):(\d+)›`)

// Expand turns a sample template into text: each ‹CLASS:N› becomes N pseudo-random characters of the
// class (b62, b64, b64u, hex, HEX, low, up, alpha, lowa, upa, dig, bech) and each Cut disappears. The output
// depends only on the template and the seed, so fixtures are stable.
func Expand(template string, seed uint64) string {
	h := fnv.New64a()
	h.Write([]byte(template))
	r := rand.New(rand.NewPCG(h.Sum64(), seed))
	out := fillRe.ReplaceAllStringFunc(template, func(m string) string {
		sub := fillRe.FindStringSubmatch(m)
		set, ok := fillSets[sub[1]]
		n, _ := strconv.Atoi(sub[2])
		if !ok || n > 1<<16 {
			return m
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = set[r.IntN(len(set))]
		}
		return string(b)
	})
	return strings.ReplaceAll(out, Cut, "")
}
