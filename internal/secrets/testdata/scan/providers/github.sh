#!/bin/sh
export GITHUB_TOKEN=ghp_‹b62:36› # want: secrets/github-token
export GH_TOKEN=github_pat_‹b62:22›_‹b62:59› # want: secrets/github-token
export GITHUB_TOKEN="${GITHUB_TOKEN:-}" # ok: secrets/github-token
