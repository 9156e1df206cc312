package handler

import "os"

var password = os.Getenv("DB_PASSWORD") // ok: secrets/generic-secret

func login(r *Request) {
	password := r.FormValue("password") // ok: secrets/generic-secret
	token := cfg.Token                  // ok: secrets/generic-secret
	apiKey := "‹b62:32›"                // want: secrets/generic-secret
	_ = password
}
