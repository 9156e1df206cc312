module example.com/minimum

// The go directive is the minimum language version: any later release may build the module, so
// the standard library is not checked at 1.22.0.
go 1.22.0 // ok: dependencies/vulnerable-package
