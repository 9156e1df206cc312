module example.com/toolchain

go 1.21

// The toolchain directive names the release that builds the module: its standard library has
// three known vulnerabilities, reported as one finding.
toolchain go1.22.0 // want: dependencies/vulnerable-package
