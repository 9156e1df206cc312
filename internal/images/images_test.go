package images

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

var today = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func kinds(ps []Problem) string {
	var s []string
	for _, p := range ps {
		s = append(s, string(p.Kind)+" "+p.Product+" "+p.Cycle)
	}
	return strings.Join(s, "; ")
}

func TestCheck(t *testing.T) {
	for _, tc := range []struct{ ref, want string }{
		{"node:16-alpine", "end-of-life nodejs 16"},
		{"node:24.1.0-bookworm-slim", ""},
		{"docker.io/library/python:3.9-slim", "end-of-life python 3.9"},
		{"python:3.12", ""},
		{"python:3", ""},
		{"debian:bullseye-slim", "end-of-life debian 11"},
		{"debian:bookworm", ""},
		{"ubuntu:20.04", "end-of-life ubuntu 20.04"},
		{"ubuntu:jammy-20240101", ""},
		{"postgres:14.5", "end-of-life postgresql 14"},
		{"postgres:15", ""},
		{"eclipse-temurin:8-jre", "near-end-of-life eclipse-temurin 8"},
		{"mcr.microsoft.com/dotnet/aspnet:8.0", "end-of-life dotnet 8.0"},
		{"openjdk:17-jdk-slim", "end-of-life openjdk-image "},
		{"alpine:3.21", "end-of-life alpine 3.21"},
		{"alpine:3.22.1", ""},
		{"nginx", "mutable-tag  "},
		{"nginx:latest", "mutable-tag  "},
		{"redis:6.2@sha256:" + strings.Repeat("a", 64), "end-of-life redis 6.2"},
		{"ghcr.io/acme/app:1.0", ""},
		{"${BASE_IMAGE}", ""},
		{"{{ .Values.image }}", ""},
	} {
		if got := kinds(Check(tc.ref, today)); got != tc.want {
			t.Errorf("Check(%q) = %q, want %q", tc.ref, got, tc.want)
		}
	}
	// 90 days before: near; the day after the end: end of life.
	if got := kinds(Check("python:3.11", time.Date(2027, 8, 10, 0, 0, 0, 0, time.UTC))); got != "near-end-of-life python 3.11" {
		t.Errorf("python 3.11 in Aug 2027 = %q", got)
	}
	if got := kinds(Check("python:3.11", time.Date(2027, 7, 1, 0, 0, 0, 0, time.UTC))); got != "" {
		t.Errorf("python 3.11 in Jul 2027 = %q", got)
	}
}

func TestEmbeddedDataIsSound(t *testing.T) {
	d := Default()
	if d.Source == "" || d.Compiled == "" || len(d.Products) < 15 {
		t.Fatalf("data: %q %q %d products", d.Source, d.Compiled, len(d.Products))
	}
	for _, want := range []string{"debian", "ubuntu", "alpine", "centos", "amazon-linux", "nodejs", "python", "ruby", "go", "eclipse-temurin", "php", "dotnet", "nginx", "postgresql", "mysql", "redis"} {
		found := false
		for _, p := range d.Products {
			found = found || p.Product == want
		}
		if !found {
			t.Errorf("no data for %s", want)
		}
	}
}

func TestRefreshReadsTheAPIShape(t *testing.T) {
	var asked []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		asked = append(asked, r.URL.Path)
		switch r.URL.Path {
		case "/api/debian.json":
			fmt.Fprint(w, `[{"cycle":"12","codename":"Bookworm","eol":"2026-06-10","extendedSupport":"2028-06-30"},{"cycle":"14","codename":"Forky","eol":false}]`)
		case "/api/go.json":
			fmt.Fprint(w, `[{"cycle":"1.99","eol":"2030-01-01","extendedSupport":false},{"cycle":"1.9","eol":true}]`)
		default:
			fmt.Fprint(w, `[{"cycle":1,"eol":"2020-01-01"}]`)
		}
	}))
	defer srv.Close()
	d, err := Refresh(context.Background(), srv.URL+"/api", srv.Client())
	if err != nil {
		t.Fatal(err)
	}
	if len(asked) < 15 {
		t.Errorf("asked only %v", asked)
	}
	if got := kinds(d.Check("debian:bookworm", today)); got != "" {
		t.Errorf("refreshed debian bookworm = %q, want supported through LTS", got)
	}
	if got := kinds(d.Check("golang:1.99-alpine", time.Date(2030, 1, 2, 0, 0, 0, 0, time.UTC))); got != "end-of-life go 1.99" {
		t.Errorf("refreshed go = %q", got)
	}
	// A line marked ended without a date is ended (by the day of the refresh at the latest).
	if got := kinds(d.Check("golang:1.9", time.Now())); got != "end-of-life go 1.9" {
		t.Errorf("a line with eol: true = %q, want end of life", got)
	}
	if got := kinds(d.Check("openjdk:11", today)); !strings.HasPrefix(got, "end-of-life openjdk-image") {
		t.Errorf("deprecation lost in refresh: %q", got)
	}
	b, err := d.Marshal()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Parse(b); err != nil {
		t.Fatalf("refreshed data does not parse: %v", err)
	}
}

func TestRefreshFailsWholeOnAnError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.Contains(r.URL.Path, "python") {
			http.Error(w, "down", http.StatusBadGateway)
			return
		}
		fmt.Fprint(w, `[]`)
	}))
	defer srv.Close()
	if _, err := Refresh(context.Background(), srv.URL, srv.Client()); err == nil || !strings.Contains(err.Error(), "python") {
		t.Fatalf("err = %v, want one naming python", err)
	}
}
