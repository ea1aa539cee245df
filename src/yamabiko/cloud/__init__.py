"""Cloud credentials: AWS SigV4 signing (botocore) and Google access tokens (google-auth)."""
