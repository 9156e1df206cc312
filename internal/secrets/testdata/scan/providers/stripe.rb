Stripe.api_key = "sk_live_‹b62:24›" # want: secrets/stripe-key
Stripe.api_key = ENV["STRIPE_SECRET_KEY"] # ok: secrets/stripe-key
publishable = "pk_live_‹b62:24›" # ok: secrets/stripe-key
