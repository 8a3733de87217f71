"""Evolink over HTTPS: the client, its errors and retries, TLS, the file service."""
